package org.faultline.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated corpus: the articles, the incidents they report, the answer key of every event they express
 * (each incident, and each accusation or demand about one), and the escalation episodes injected, if any.
 */
public record Corpus(List<GeneratedArticle> articles, List<Incident> incidents, List<KnownEvent> events,
                     List<Episode> episodes) {
    public static final String ARTICLES_FILE = "articles.jsonl";
    public static final String KEY_FILE = "incidents.jsonl";
    public static final String EVENTS_FILE = "events.jsonl";
    public static final String EPISODES_FILE = "episodes.jsonl";

    public Corpus {
        articles = List.copyOf(articles);
        incidents = List.copyOf(incidents);
        events = List.copyOf(events);
        episodes = List.copyOf(episodes);
    }

    /** A corpus without escalation episodes. */
    public Corpus(List<GeneratedArticle> articles, List<Incident> incidents, List<KnownEvent> events) {
        this(articles, incidents, events, List.of());
    }

    /**
     * Writes {@code articles.jsonl} (one record per article: id, text, date, outlet, title, url, as
     * {@code faultline ingest} reads it), the incidents {@code incidents.jsonl} and the answer key of known events
     * {@code events.jsonl} into {@code dir}, and when there are escalation episodes {@code episodes.jsonl} (id, dyad,
     * country, onset, peak, incidents).
     */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(ARTICLES_FILE), StandardCharsets.UTF_8)) {
            for (GeneratedArticle g : articles) {
                var a = g.article();
                ObjectNode n = json.createObjectNode();
                n.put("id", a.id());
                n.put("text", a.text());
                n.put("date", a.published().toString());
                n.put("outlet", a.outlet());
                n.put("title", a.title());
                n.put("url", a.url());
                w.write(json.writeValueAsString(n));
                w.write('\n');
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(KEY_FILE), StandardCharsets.UTF_8)) {
            for (Incident i : incidents) {
                ObjectNode n = json.createObjectNode();
                n.put("id", i.id());
                n.put("date", i.date().toString());
                n.put("cameo", i.cameo());
                n.put("actor1", i.actor1().code());
                n.put("actor2", i.actor2() == null ? null : i.actor2().code());
                n.put("place", i.place().canonical());
                n.put("country", i.place().country());
                n.put("lat", i.place().lat());
                n.put("lon", i.place().lon());
                n.put("fatalities", i.fatalities());
                n.put("denied", i.denied());
                var docs = n.putArray("documents");
                i.documentIds().forEach(docs::add);
                w.write(json.writeValueAsString(n));
                w.write('\n');
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(EVENTS_FILE), StandardCharsets.UTF_8)) {
            for (KnownEvent k : events) {
                ObjectNode n = json.createObjectNode();
                n.put("id", k.id());
                n.put("kind", k.kind());
                n.put("incident", k.incidentId());
                n.put("date", k.date().toString());
                n.put("cameo", k.cameo());
                n.put("actor1", k.actor1().code());
                n.put("actor2", k.actor2() == null ? null : k.actor2().code());
                n.put("place", k.place().canonical());
                n.put("country", k.place().country());
                n.put("lat", k.place().lat());
                n.put("lon", k.place().lon());
                var docs = n.putArray("documents");
                k.documentIds().forEach(docs::add);
                w.write(json.writeValueAsString(n));
                w.write('\n');
            }
        }
        if (episodes.isEmpty()) return;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(EPISODES_FILE), StandardCharsets.UTF_8)) {
            for (Episode e : episodes) {
                ObjectNode n = json.createObjectNode();
                n.put("id", e.id());
                n.put("dyad", e.dyad());
                n.put("country", e.country());
                n.put("onset", e.onset().toString());
                n.put("peak", e.peak().toString());
                var ids = n.putArray("incidents");
                e.incidentIds().forEach(ids::add);
                w.write(json.writeValueAsString(n));
                w.write('\n');
            }
        }
    }

    /**
     * Scores merged events against the known events, one to one (a maximum bipartite matching). A merged event fits
     * a known event when: (1) they have the same CAMEO root; (2) the merged date is that exact day; (3) the merged
     * place is within {@code km} of the known place (a country-level place fits when it is the same country); and
     * (4) the dyad's countries agree: every side the merged event names with a country has the known side's country,
     * and at least one side is named. Merged events about documents the corpus does not know are still counted.
     */
    public MergeScore score(List<Event> merged, double km) {
        if (!(km >= 0)) throw new IllegalArgumentException("place tolerance " + km + " km is negative");
        Map<String, List<Integer>> byRootAndDay = new HashMap<>();
        for (int m = 0; m < merged.size(); m++) {
            Event e = merged.get(m);
            PartialDate d = e.date();
            if (d == null || d.day() == 0) continue;
            byRootAndDay.computeIfAbsent(e.root() + "|" + d, k -> new ArrayList<>()).add(m);
        }
        List<List<Integer>> fitting = new ArrayList<>();
        for (KnownEvent k : events) {
            List<Integer> fit = new ArrayList<>();
            for (int m : byRootAndDay.getOrDefault(k.root() + "|" + PartialDate.of(k.date()), List.of()))
                if (fits(merged.get(m), k, km)) fit.add(m);
            fitting.add(fit);
        }
        int[] knownOfMerged = new int[merged.size()];
        java.util.Arrays.fill(knownOfMerged, -1);
        int matched = 0;
        Map<String, int[]> kinds = new java.util.TreeMap<>();
        boolean[] isMatched = new boolean[events.size()];
        for (int k = 0; k < events.size(); k++)
            if (augment(k, fitting, knownOfMerged, new boolean[merged.size()])) matched++;
        for (int k : knownOfMerged) if (k >= 0) isMatched[k] = true;
        for (int k = 0; k < events.size(); k++) {
            int[] c = kinds.computeIfAbsent(events.get(k).kind(), x -> new int[2]);
            c[1]++;
            if (isMatched[k]) c[0]++;
        }
        StringBuilder by = new StringBuilder();
        kinds.forEach((kind, c) -> by.append(by.length() == 0 ? "" : ", ").append(kind).append(' ').append(c[0]).append('/').append(c[1]));
        return new MergeScore(events.size(), merged.size(), matched, by.toString());
    }

    /** Kuhn's augmenting path: gives known event k a merged event, moving earlier assignments when that frees one. */
    private static boolean augment(int k, List<List<Integer>> fitting, int[] knownOfMerged, boolean[] seen) {
        for (int m : fitting.get(k)) {
            if (seen[m]) continue;
            seen[m] = true;
            if (knownOfMerged[m] < 0 || augment(knownOfMerged[m], fitting, knownOfMerged, seen)) {
                knownOfMerged[m] = k;
                return true;
            }
        }
        return false;
    }

    private static boolean fits(Event e, KnownEvent k, double km) {
        Place p = e.location();
        if (p == null) return false;
        if (!placeFits(p, k.place(), km)) return false;
        String c1 = country(e.actor1()), c2 = country(e.actor2());
        if (c1 == null && c2 == null) return false;
        return (c1 == null || c1.equals(country(k.actor1()))) && (c2 == null || k.actor2() == null || c2.equals(country(k.actor2())));
    }

    /**
     * A town within {@code km}; a region that holds the known place (same admin1) or lies within {@code km}; a
     * country that is the known place's country.
     */
    static boolean placeFits(Place p, Place known, double km) {
        boolean near = distanceKm(p.lat(), p.lon(), known.lat(), known.lon()) <= km;
        return switch (p.precision()) {
            case 3 -> known.country() != null && known.country().equals(p.country());
            case 2 -> known.country() != null && known.country().equals(p.country())
                    && (near || p.canonical().equalsIgnoreCase(String.valueOf(known.admin1()))
                        || (p.admin1() != null && p.admin1().equalsIgnoreCase(String.valueOf(known.admin1()))));
            default -> near;
        };
    }

    private static String country(Actor a) {
        return a == null ? null : a.country();
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The article ids of one incident, in publication order. */
    public List<String> documentsOf(String incidentId) {
        List<String> out = new ArrayList<>();
        for (Incident i : incidents) if (i.id().equals(incidentId)) out.addAll(i.documentIds());
        return out;
    }
}
