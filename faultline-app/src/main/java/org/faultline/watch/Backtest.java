package org.faultline.watch;

import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.Episode;
import org.faultline.corpus.Escalations;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.model.Document;
import org.faultline.store.Store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The watch against known escalations: the corpus generator writes a calm background with escalation episodes
 * injected, their perfect coding (the generator's expected documents, no NLP) goes into an empty store, and the daily
 * dyad alerts of the merged view are scored against the episodes. An alert is true when it starts on the episode's
 * dyad between the onset and {@link #GRACE_DAYS} days after the peak; an episode is detected when a true alert fires
 * for it. Lead time is counted back from the peak (the last ramp day): how many days of warning the first alert gave
 * before the worst day.
 */
public final class Backtest {
    /** Background articles by default: about 0.3 violent incidents a day per dyad over a year. */
    public static final int DEFAULT_ARTICLES = 3000;
    /** Days after the peak during which an alert still counts for the episode. */
    public static final int GRACE_DAYS = 2;

    private Backtest() {}

    /** {@link #DEFAULT_ARTICLES} background articles and 24 five-day episodes over a year. */
    public static BacktestResult run(Store store, long seed) {
        return run(store, seed, DEFAULT_ARTICLES, Escalations.of(24));
    }

    /** Generates the corpus, stores it in {@code store} (which must be empty) and scores the alerts. */
    public static BacktestResult run(Store store, long seed, int articles, Escalations escalations) {
        if (store == null) throw new IllegalArgumentException("store must not be null");
        if (store.counts().documents() > 0) throw new IllegalArgumentException("store " + store.url() + " is not empty");
        Corpus corpus = CorpusGenerator.generate(seed, articles, escalations);
        List<Document> docs = new ArrayList<>(corpus.articles().size());
        for (GeneratedArticle g : corpus.articles()) docs.add(g.expected());
        store.putAll(docs);
        WatchReport report = Watch.run(store, WatchQuery.all());
        return score(seed, corpus.episodes(), report);
    }

    static BacktestResult score(long seed, List<Episode> episodes, WatchReport report) {
        List<Alert> alerts = report.alerts().stream().filter(a -> a.kind().equals("dyad")).toList();
        boolean[] isTrue = new boolean[alerts.size()];
        List<Integer> leads = new ArrayList<>(), delays = new ArrayList<>();
        int detected = 0;
        for (Episode e : episodes) {
            LocalDate firstAlert = null;
            for (int i = 0; i < alerts.size(); i++) {
                Alert a = alerts.get(i);
                if (!a.key().equals(e.dyad()) || a.start().isBefore(e.onset()) || a.start().isAfter(e.peak().plusDays(GRACE_DAYS)))
                    continue;
                isTrue[i] = true;
                if (firstAlert == null || a.start().isBefore(firstAlert)) firstAlert = a.start();
            }
            if (firstAlert == null) continue;
            detected++;
            leads.add((int) ChronoUnit.DAYS.between(firstAlert, e.peak()));
            delays.add((int) ChronoUnit.DAYS.between(e.onset(), firstAlert));
        }
        int trueAlerts = 0;
        for (boolean t : isTrue) if (t) trueAlerts++;
        long watchedDays = report.first() == null ? 0
                : ChronoUnit.DAYS.between(report.first(), report.last()) + 1 - Watch.settings(false).warmUp();
        int dyads = (int) report.series().stream().filter(s -> s.kind().equals("dyad")).count();
        return new BacktestResult(seed, episodes.size(), detected, alerts.size(), trueAlerts, leads, delays,
                dyads, Math.max(0, watchedDays) / 30.4375);
    }
}
