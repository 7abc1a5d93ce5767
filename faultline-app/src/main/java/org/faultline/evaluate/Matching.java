package org.faultline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.faultline.evaluate.Values.get;
import static org.faultline.evaluate.Values.truthy;

/**
 * One-to-one matching of predictions to gold items, and the precision, recall and F1 that follow from it, with the
 * gold conventions: an {@code optional} item costs nothing when missed, items sharing a {@code group} are one fact.
 */
final class Matching {
    private Matching() {}

    /** How well a prediction fits a gold item; 0 when it does not fit at all. */
    interface Fit {
        double score(JsonNode gold, JsonNode pred);
    }

    private record Pair(double score, int gold, int pred) {}

    /** Best first; among equal scores the later gold item, then the later prediction, first. */
    private static final Comparator<Pair> BEST_FIRST = Comparator.comparingDouble(Pair::score)
            .thenComparingInt(Pair::gold).thenComparingInt(Pair::pred).reversed();

    /**
     * Matches greedily, best-fitting pair first, each gold item and prediction used once. Unless {@code strict}, a
     * prediction left over that fits a gold item of a group is then matched to the first such item too: a second
     * telling of a grouped fact is a repeat, not an error.
     *
     * @return prediction index to gold index, in the order the matches were made
     */
    static Map<Integer, Integer> match(List<JsonNode> golds, List<JsonNode> preds, Fit fit, boolean strict) {
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < golds.size(); gi++)
            for (int pi = 0; pi < preds.size(); pi++) {
                double s = fit.score(golds.get(gi), preds.get(pi));
                if (s > 0) pairs.add(new Pair(s, gi, pi));
            }
        pairs.sort(BEST_FIRST);
        Set<Integer> usedGold = new HashSet<>(), usedPred = new HashSet<>();
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (Pair p : pairs) {
            if (usedGold.contains(p.gold()) || usedPred.contains(p.pred())) continue;
            usedGold.add(p.gold());
            usedPred.add(p.pred());
            out.put(p.pred(), p.gold());
        }
        if (strict) return out;
        for (int pi = 0; pi < preds.size(); pi++) {
            if (usedPred.contains(pi)) continue;
            for (int gi = 0; gi < golds.size(); gi++) {
                JsonNode g = golds.get(gi);
                if (truthy(get(g, "group")) && fit.score(g, preds.get(pi)) > 0) {
                    out.put(pi, gi);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The fact a gold item tells: its group, else its id (null when it has neither, so that all such items are one
     * fact, as in the reference scorer).
     */
    static Object unit(JsonNode gold) {
        JsonNode group = get(gold, "group");
        JsonNode key = truthy(group) ? group : get(gold, "id");
        if (Values.none(key)) return null;
        return key.isTextual() ? key.textValue() : key;
    }

    /** Precision, recall and F1, and the required facts found of those there are. */
    record Prf(double precision, double recall, double f1, int found, int required) {}

    /**
     * Precision is matched predictions over predictions; recall is required facts with a matched item over required
     * facts. No predictions and no required facts scores 1 on all three.
     */
    static Prf prf(List<JsonNode> golds, List<JsonNode> preds, Map<Integer, Integer> matched) {
        Map<Object, Boolean> units = new LinkedHashMap<>();
        for (JsonNode g : golds) if (!truthy(get(g, "optional"))) units.put(unit(g), false);
        for (int gi : matched.values()) {
            Object key = unit(golds.get(gi));
            if (units.containsKey(key)) units.put(key, true);
        }
        int found = 0;
        for (boolean v : units.values()) if (v) found++;
        if (preds.isEmpty() && units.isEmpty()) return new Prf(1.0, 1.0, 1.0, 0, 0);
        double p = preds.isEmpty() ? 0.0 : (double) matched.size() / preds.size();
        double r = units.isEmpty() ? 1.0 : (double) found / units.size();
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new Prf(p, r, f, found, units.size());
    }
}
