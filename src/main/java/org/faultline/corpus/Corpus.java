package org.faultline.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A generated corpus: the articles and the answer key of incidents they report. */
public record Corpus(List<GeneratedArticle> articles, List<Incident> incidents) {
    public static final String ARTICLES_FILE = "articles.jsonl";
    public static final String KEY_FILE = "incidents.jsonl";

    public Corpus {
        articles = List.copyOf(articles);
        incidents = List.copyOf(incidents);
    }

    /**
     * Writes {@code articles.jsonl} (one record per article: id, text, date, outlet, title, url, as
     * {@code faultline ingest} reads it) and the answer key {@code incidents.jsonl} into {@code dir}.
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
    }

    /**
     * Scores merged events, each given as its CAMEO root and the ids of the documents its reports come from,
     * against the answer key. Documents the corpus does not know are ignored.
     */
    public MergeScore score(List<Map.Entry<String, List<String>>> mergedRootAndDocuments) {
        Map<String, Incident> incidentOfDoc = new HashMap<>();
        for (Incident i : incidents) for (String d : i.documentIds()) incidentOfDoc.put(d, i);
        Map<String, Integer> best = new HashMap<>();   // incident id -> most documents any fitting merged event has
        int considered = 0;
        for (Map.Entry<String, List<String>> m : mergedRootAndDocuments) {
            Map<String, Integer> votes = new HashMap<>();
            for (String d : new java.util.HashSet<>(m.getValue())) {
                Incident i = incidentOfDoc.get(d);
                if (i != null) votes.merge(i.id(), 1, Integer::sum);
            }
            considered++;
            var top = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
            if (top == null) continue;
            Incident i = incidents.stream().filter(x -> x.id().equals(top.getKey())).findFirst().orElseThrow();
            if (!i.root().equals(m.getKey())) continue;
            if (top.getValue() * 2 < new java.util.HashSet<>(m.getValue()).size()) continue;   // mostly other incidents
            best.merge(i.id(), top.getValue(), Math::max);
        }
        return new MergeScore(incidents.size(), considered, best.size());
    }

    /** The article ids of one incident, in publication order. */
    public List<String> documentsOf(String incidentId) {
        List<String> out = new ArrayList<>();
        for (Incident i : incidents) if (i.id().equals(incidentId)) out.addAll(i.documentIds());
        return out;
    }
}
