package org.faultline.watch;

import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.Escalations;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.model.Document;
import org.faultline.store.DayTally;
import org.faultline.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Run by hand to tune the detector over many seeds at once: each corpus is stored once (in-memory H2) and the day
 * counts are scored under a grid of settings.
 * {@code mvn -B test -pl faultline-app -Dtest=WatchTuningProbe -Dsurefire.failIfNoSpecifiedTests=false -Dprobe=true}
 */
class WatchTuningProbe {
    @org.junit.jupiter.api.Test
    void grid() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("probe"), "a probe: run with -Dprobe=true");
        int seeds = Integer.getInteger("probe.seeds", 8);
        List<List<DayTally>> tallies = new ArrayList<>();
        List<Corpus> corpora = new ArrayList<>();
        int first = Integer.getInteger("probe.first", 1);
        int ramp = Integer.getInteger("probe.ramp", 5), peak = Integer.getInteger("probe.peak", 5);
        for (int seed = first; seed < first + seeds; seed++) {
            long t0 = System.nanoTime();
            Corpus c = CorpusGenerator.generate(seed, Backtest.DEFAULT_ARTICLES, new Escalations(24, ramp, peak, 365));
            long t1 = System.nanoTime();
            try (Store s = Store.connect("jdbc:h2:mem:probe" + seed + ";DB_CLOSE_DELAY=-1", "sa", "")) {
                List<Document> docs = new ArrayList<>();
                for (GeneratedArticle g : c.articles()) docs.add(g.expected());
                s.putAll(docs);
                long t2 = System.nanoTime();
                tallies.add(s.dayTallies(null, null));
                long t3 = System.nanoTime();
                System.out.printf(Locale.ROOT, "seed %d: generate %.1f s, store %.1f s, merge+tally %.1f s%n", seed,
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
                s.clear();
            }
            corpora.add(c);
        }
        String[] grid = System.getProperty("probe.grid", "28,3,0.001,3,3.0,6.0,7").split(";");
        for (String g : grid) {
            String[] f = g.split(",");
            Detector.Settings st = new Detector.Settings(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                    Integer.parseInt(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Integer.parseInt(f[6]));
            int ep = 0, det = 0, al = 0, tr = 0;
            double dm = 0;
            List<Double> leads = new ArrayList<>();
            StringBuilder per = new StringBuilder();
            java.util.Map<String, Integer> falseTests = new java.util.TreeMap<>();
            for (int i = 0; i < corpora.size(); i++) {
                WatchReport r = Watch.run(tallies.get(i), WatchQuery.all(), st);
                BacktestResult b = Backtest.score(first + i, corpora.get(i).episodes(), r);
                ep += b.episodes(); det += b.detected(); al += b.alerts(); tr += b.trueAlerts();
                dm += b.dyads() * b.months();
                leads.add(b.leadTimeDays());
                per.append(String.format(Locale.ROOT, " %.2f/%.2f", b.precision(), b.recall()));
                for (org.faultline.corpus.Episode e : corpora.get(i).episodes())
                    if (r.alerts().stream().noneMatch(a -> a.key().equals(e.dyad()) && !a.start().isBefore(e.onset())
                            && !a.start().isAfter(e.peak().plusDays(Backtest.GRACE_DAYS))))
                        System.out.println("  missed seed " + (first + i) + " " + e.id() + " " + e.dyad() + " " + e.onset()
                                + " alerts of the dyad: " + r.alerts().stream().filter(a -> a.key().equals(e.dyad())).map(a -> a.start() + "/" + a.tests()).toList()
                                + " conflict/day around: " + r.series().stream().filter(x -> x.key().equals(e.dyad())).flatMap(x -> x.points().stream())
                                .filter(p -> !p.start().isBefore(e.onset().minusDays(3)) && !p.start().isAfter(e.peak().plusDays(2)))
                                .map(p -> p.start().getDayOfMonth() + ":" + p.materialConflict()).toList());
                for (Alert a : r.alerts()) {
                    if (!a.kind().equals("dyad")) continue;
                    boolean hit = corpora.get(i).episodes().stream().anyMatch(e -> e.dyad().equals(a.key())
                            && !a.start().isBefore(e.onset()) && !a.start().isAfter(e.peak().plusDays(Backtest.GRACE_DAYS)));
                    if (!hit) falseTests.merge(String.join("+", a.tests()), 1, Integer::sum);
                }
            }
            System.out.printf(Locale.ROOT, "%s: precision %.3f recall %.3f false/dyad-month %.3f leads %s |%s false by test %s%n", g,
                    tr / (double) al, det / (double) ep, (al - tr) / dm, leads, per, falseTests);
        }
    }
}
