package org.faultline.coding;

import org.faultline.model.ActorMention;
import org.faultline.model.Citation;
import org.faultline.model.Mentions;
import org.faultline.model.Place;
import org.faultline.model.PlaceMention;
import org.faultline.model.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The document-wide parts of the coding: context countries per sentence, and places, citations and relations listed once. */
final class DocumentParts {
    private DocumentParts() {}

    static List<Place> distinctPlaces(List<PlaceMention> mentions) {
        Map<String, Place> byCanonical = new LinkedHashMap<>();
        for (PlaceMention p : mentions) byCanonical.putIfAbsent(p.place().canonical() + "|" + p.place().country(), p.place().withName(p.text()));
        return new ArrayList<>(byCanonical.values());
    }

    /** The document lists each cited source and date once, though several sentences may cite it. */
    static List<Citation> distinctCitations(List<Citation> citations) {
        Map<String, Citation> out = new LinkedHashMap<>();
        for (Citation c : citations) out.putIfAbsent(c.outlet() + "|" + c.date(), c);
        return new ArrayList<>(out.values());
    }

    /**
     * One relation per pair and kind in a document, with its first evidence; a tension between two sides that
     * are also at war is the hostility already listed.
     */
    static List<Relation> dedupe(List<Relation> rels) {
        Map<String, Relation> out = new LinkedHashMap<>();
        for (Relation r : rels) out.putIfAbsent(pairKey(r) + "|" + r.kind(), r);
        out.values().removeIf(r -> r.kind().equals("tension") && out.containsKey(pairKey(r) + "|hostility"));
        return new ArrayList<>(out.values());
    }

    static String pairKey(Relation r) {
        String a = r.a().code(), b = r.b().code();
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Per sentence: the country of its most precise place, else the article's most named country. */
    static java.util.function.IntFunction<String> contextCountries(Mentions m) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention a : m.actors()) if (a.actor().country() != null) counts.merge(a.actor().country(), 1, Integer::sum);
        for (PlaceMention p : m.places()) if (p.place().country() != null) counts.merge(p.place().country(), 1, Integer::sum);
        String dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return sentence -> {
            PlaceMention best = null;
            for (PlaceMention p : m.places()) {
                if (p.sentenceIndex() != sentence || p.place().country() == null) continue;
                if (best == null || p.place().precision() < best.place().precision()) best = p;
            }
            return best != null ? best.place().country() : dominant;
        };
    }
}
