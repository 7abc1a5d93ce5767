package org.faultline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.faultline.evaluate.Text.content;
import static org.faultline.evaluate.Text.fold;
import static org.faultline.evaluate.Text.overlap;
import static org.faultline.evaluate.Values.country;
import static org.faultline.evaluate.Values.evidence;
import static org.faultline.evaluate.Values.get;
import static org.faultline.evaluate.Values.list;
import static org.faultline.evaluate.Values.none;
import static org.faultline.evaluate.Values.same;
import static org.faultline.evaluate.Values.str;
import static org.faultline.evaluate.Values.text;
import static org.faultline.evaluate.Values.truthy;

/**
 * Scores one document's predictions (Document JSON) against its gold annotation with the measures and matching rules
 * of the project's reference scorer, {@code eval/score.py}: the same measure names, the same greedy matching and
 * tie-breaks, the same forgiving of repeats unless strict. docs/evaluate.md describes the rules.
 * <pre>{@code
 * Map<String, Object> figures = new Scorer(false).score(gold, prediction);
 * double eventsF1 = (Double) figures.get("events.f1");
 * }</pre>
 */
public final class Scorer {
    /** Place words too common to tell two places apart. */
    private static final Set<String> GENERIC_PLACE_WORDS = Set.of(("district region regions province city town village "
            + "border area near direction base bases camp north south east west central northern southern eastern western "
            + "towns villages line lines along").split(" "));

    /** Relation kinds as predicted, mapped to the four the gold uses; other kinds compare as they are. */
    private static final Map<String, String> RELATION_KINDS = Map.ofEntries(
            Map.entry("alliance", "alliance"), Map.entry("ally", "alliance"), Map.entry("allied", "alliance"),
            Map.entry("hostility", "hostility"), Map.entry("conflict", "hostility"), Map.entry("war", "hostility"),
            Map.entry("armed_conflict", "hostility"),
            Map.entry("tension", "tension"), Map.entry("protest", "tension"), Map.entry("disapproval", "tension"),
            Map.entry("dispute", "tension"),
            Map.entry("cooperation", "cooperation"), Map.entry("consensus", "cooperation"),
            Map.entry("rapprochement", "cooperation"));

    /** Endings of outlet domains left out when outlet names are compared ("mod.gov.az" and "Mod.gov"). */
    private static final List<String> OUTLET_SUFFIXES = List.of("com", "az", "am", "ru", "ua", "ge", "org", "net");

    private static final double EARTH_RADIUS_KM = 6371;
    private static final double DEFAULT_TOLERANCE_KM = 50;
    private static final int BRIEF = 90;

    private final boolean strict;

    /**
     * @param strict count a second prediction of a fact already found (a second event for a gold group, a headline
     *               repeating the lead) as a false positive, as {@code score.py --strict} does
     */
    public Scorer(boolean strict) {
        this.strict = strict;
    }

    public boolean strict() {
        return strict;
    }

    /**
     * The figures of one document, in the reference scorer's order: each is a {@link Double}, a {@link String}
     * ("3/4 required, 5 predicted") or null where the measure does not apply (no matched pair to judge, no gold
     * places). Citation figures appear only when the gold lists citations.
     */
    public Map<String, Object> score(JsonNode gold, JsonNode pred) {
        if (gold == null || !gold.isObject()) throw new IllegalArgumentException("gold must be a JSON object, not " + gold);
        if (pred == null || !pred.isObject()) throw new IllegalArgumentException("prediction must be a JSON object, not " + pred);
        Map<String, Object> out = new LinkedHashMap<>();
        events(gold, pred, out);
        claims(gold, pred, out);
        quotes(gold, pred, out);
        relations(gold, pred, out);
        places(gold, pred, out);
        citations(gold, pred, out);
        return out;
    }

    // ---- events

    private void events(JsonNode gold, JsonNode pred, Map<String, Object> out) {
        List<JsonNode> ge = list(gold, "events"), pe = list(pred, "events");
        Map<Integer, Integer> m = Matching.match(ge, pe, Scorer::eventFit, strict);
        Matching.Prf prf = Matching.prf(ge, pe, m);
        out.put("events.precision", prf.precision());
        out.put("events.recall", prf.recall());
        out.put("events.f1", prf.f1());
        out.put("events.found", prf.found() + "/" + prf.required() + " required, " + pe.size() + " predicted");

        Map<String, Set<String>> alias = new LinkedHashMap<>();
        for (JsonNode place : list(gold, "places")) {
            Set<String> names = placeNames(place);
            for (String n : names) alias.put(n, names);
        }
        attribute(out, "date", m, ge, pe, (g, p) -> dateOk(get(g, "date"), get(p, "date")));
        attribute(out, "actor2_country", m, ge, pe, (g, p) -> {
            String want = country(get(g, "actor2"));
            return want == null ? null : want.equals(country(get(p, "actor2")));
        });
        attribute(out, "fatalities", m, ge, pe, (g, p) ->
                none(get(g, "fatalities")) ? null : same(get(g, "fatalities"), get(p, "fatalities")));
        attribute(out, "location", m, ge, pe, (g, p) -> location(g, p, alias));
        attribute(out, "citation_outlet", m, ge, pe, (g, p) -> {
            if (!truthy(get(g, "citation"))) return null;
            if (!truthy(get(p, "citation"))) return false;
            return sameOutlet(text(get(g, "citation"), "outlet"), text(get(p, "citation"), "outlet"));
        });
        attribute(out, "citation_date", m, ge, pe, (g, p) -> {
            if (!truthy(get(g, "citation"))) return null;
            if (!truthy(get(p, "citation"))) return false;
            return dateOk(get(get(g, "citation"), "date"), get(get(p, "citation"), "date"));
        });
        attribute(out, "reported_by", m, ge, pe, (g, p) -> {
            String want = country(get(g, "reported_by"));
            return want == null ? null : want.equals(country(get(p, "reported_by")));
        });
        attribute(out, "status", m, ge, pe, (g, p) -> same(get(g, "status"), get(p, "status")));
    }

    /**
     * The share of matched pairs that agree on one attribute, over the pairs where the gold states it ({@code check}
     * returns null where it does not); null when no pair counts.
     */
    private static void attribute(Map<String, Object> out, String name, Map<Integer, Integer> m, List<JsonNode> golds,
                                  List<JsonNode> preds, BiFunction<JsonNode, JsonNode, Boolean> check) {
        int n = 0, right = 0;
        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
            Boolean v = check.apply(golds.get(e.getValue()), preds.get(e.getKey()));
            if (v == null) continue;
            n++;
            if (v) right++;
        }
        out.put("events." + name, n == 0 ? null : (double) right / n);
    }

    /**
     * A predicted event fits a gold event when its evidence or one of its mentions overlaps the gold evidence and its
     * CAMEO root and source country are among those the gold allows. The fit is the overlap, plus small bonuses that
     * break ties in favour of required items, the preferred full code and the right target country.
     */
    static double eventFit(JsonNode g, JsonNode p) {
        String goldEvidence = evidence(g);
        double ov = 0.0;
        for (String t : eventTexts(p)) ov = Math.max(ov, overlap(goldEvidence, t));
        if (ov == 0.0) return 0.0;
        String proot = rootOf(p), pc = country(get(p, "actor1"));
        List<String> wantCountries = new ArrayList<>();
        List<JsonNode> rootLists = new ArrayList<>();
        wantCountries.add(country(get(g, "actor1")));
        rootLists.add(get(g, "cameo_root"));
        for (JsonNode alt : list(g, "alternatives")) {
            wantCountries.add(Values.string(get(alt, "actor1_country")));
            rootLists.add(get(alt, "cameo_root"));
        }
        for (int i = 0; i < wantCountries.size(); i++) {
            String want = wantCountries.get(i);
            if (contains(rootLists.get(i), proot) && (want == null || want.equals(pc))) {
                double bonus = truthy(get(g, "optional")) ? 0.0 : 0.1;
                JsonNode code = get(p, "cameo");
                bonus += contains(get(g, "cameo"), code.isMissingNode() ? "" : str(code)) ? 0.05 : 0.0;
                String target = country(get(g, "actor2"));
                bonus += target != null && target.equals(country(get(p, "actor2"))) ? 0.05 : 0.0;
                return ov + bonus;
            }
        }
        return 0.0;
    }

    /** An event's evidence and the other sentences that tell it ({@code mentions}), the empty ones left out. */
    private static List<String> eventTexts(JsonNode p) {
        List<String> texts = new ArrayList<>();
        texts.add(evidence(p));
        for (JsonNode m : list(p, "mentions")) texts.add(m.isObject() ? text(m, "text") : str(m));
        texts.removeIf(String::isEmpty);
        return texts;
    }

    /** The first two digits of the predicted CAMEO code, or null when it has fewer. */
    private static String rootOf(JsonNode p) {
        JsonNode code = get(p, "cameo");
        if (!truthy(code)) code = get(p, "cameo_root");
        String s = truthy(code) ? str(code) : "";
        return s.codePointCount(0, s.length()) >= 2 ? Text.headCodePoints(s, 2) : null;
    }

    /** Whether a JSON list holds the string {@code s} (or a null, when {@code s} is null). */
    private static boolean contains(JsonNode list, String s) {
        if (list == null || !list.isArray()) return false;
        for (JsonNode v : list) {
            if (s == null ? v.isNull() : v.isTextual() && v.textValue().equals(s)) return true;
        }
        return false;
    }

    /** Null when the gold gives no date; else whether the prediction is a string starting with the gold date. */
    private static Boolean dateOk(JsonNode gold, JsonNode pred) {
        if (none(gold)) return null;
        return pred.isTextual() && pred.textValue().startsWith(gold.asText());
    }

    private static Boolean location(JsonNode g, JsonNode p, Map<String, Set<String>> alias) {
        JsonNode gl = get(g, "location");
        if (!truthy(gl)) return null;
        JsonNode pl = get(p, "location");
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode n : list(gl, "names")) {
            String f = fold(text(n));
            names.addAll(alias.getOrDefault(f, Set.of(f)));
        }
        Set<String> cand = new LinkedHashSet<>();
        cand.add(fold(text(pl, "name")));
        cand.add(fold(text(pl, "canonical")));
        cand.remove("");
        for (String c : cand) if (names.contains(c)) return true;
        // one distinctive word in common also fits: "Kalbajar district" and "Kalbajar"
        Set<String> goldWords = placeWords(names);
        for (String w : placeWords(cand)) if (goldWords.contains(w)) return true;
        return false;
    }

    private static Set<String> placeWords(Set<String> texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts)
            for (String w : content(t)) if (w.length() >= 4 && !GENERIC_PLACE_WORDS.contains(w)) out.add(w);
        return out;
    }

    /** A gold place's folded name and aliases. */
    private static Set<String> placeNames(JsonNode place) {
        Set<String> out = new LinkedHashSet<>();
        List<JsonNode> all = new ArrayList<>();
        all.add(get(place, "name"));
        all.addAll(list(place, "aliases"));
        for (JsonNode n : all) if (truthy(n)) out.add(fold(text(n)));
        return out;
    }

    private static String outletKey(String s) {
        String k = fold(s).replaceAll("[^a-z0-9]", "");
        for (String suffix : OUTLET_SUFFIXES) {
            if (k.endsWith(suffix) && k.length() > suffix.length() + 3) {
                k = k.substring(0, k.length() - suffix.length());
                break;
            }
        }
        return k;
    }

    /** Two outlet names agree when their letters and digits do, or one begins the other. */
    private static boolean sameOutlet(String a, String b) {
        String ka = outletKey(a), kb = outletKey(b);
        return !ka.isEmpty() && !kb.isEmpty() && (ka.equals(kb) || ka.startsWith(kb) || kb.startsWith(ka));
    }

    // ---- claims

    /** A claim fits on stance and claimant country (where the gold names one), then by evidence overlap. */
    static double claimFit(JsonNode g, JsonNode p) {
        if (!same(get(g, "stance"), get(p, "stance"))) return 0.0;
        String want = country(get(g, "claimant"));
        if (want != null && !want.equals(country(get(p, "claimant")))) return 0.0;
        return overlap(evidence(g), evidence(p));
    }

    private void claims(JsonNode gold, JsonNode pred, Map<String, Object> out) {
        List<JsonNode> gc = list(gold, "claims"), pc = list(pred, "claims");
        Map<Integer, Integer> cm = Matching.match(gc, pc, Scorer::claimFit, strict);
        Matching.Prf prf = Matching.prf(gc, pc, cm);
        out.put("claims.precision", prf.precision());
        out.put("claims.recall", prf.recall());
        out.put("claims.f1", prf.f1());
        // a gold claim matched by several predictions (repeats) keeps the last of them
        Map<Integer, Integer> goldToPred = new LinkedHashMap<>();
        for (Map.Entry<Integer, Integer> e : cm.entrySet()) goldToPred.put(e.getValue(), e.getKey());
        int links = 0, hit = 0;
        for (int gi = 0; gi < gc.size(); gi++) {
            JsonNode target = get(gc.get(gi), "contradicts");
            if (!truthy(target)) continue;
            links++;
            Integer other = null;
            for (int i = 0; i < gc.size(); i++) {
                if (same(get(gc.get(i), "id"), target)) {
                    other = i;
                    break;
                }
            }
            Integer a = goldToPred.get(gi), b = other == null ? null : goldToPred.get(other);
            if (a != null && b != null) {
                JsonNode pa = pc.get(a), pb = pc.get(b);
                if (same(get(pa, "contradicts"), get(pb, "id")) || same(get(pb, "contradicts"), get(pa, "id"))) hit++;
            }
        }
        out.put("claims.contradictions_linked", hit + "/" + links);
    }

    // ---- quotes

    /** The predicted quotes, less those the gold lists as too short to count (scare quotes). */
    private static List<JsonNode> countedQuotes(JsonNode gold, JsonNode pred) {
        Set<String> ignore = new HashSet<>();
        for (JsonNode s : list(gold, "quote_ignore")) ignore.add(fold(text(s)));
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode q : list(pred, "quotes")) if (!ignore.contains(Text.strip(fold(text(q, "text")), " \""))) out.add(q);
        return out;
    }

    /** A quote fits on its words: 0.8 of the gold's and 0.6 of the prediction's content words shared. */
    static double quoteFit(JsonNode g, JsonNode p) {
        return overlap(text(g, "quote"), text(p, "text"), 0.8, 0.6);
    }

    private void quotes(JsonNode gold, JsonNode pred, Map<String, Object> out) {
        List<JsonNode> gq = list(gold, "quotes"), pq = countedQuotes(gold, pred);
        Map<Integer, Integer> qm = Matching.match(gq, pq, Scorer::quoteFit, strict);
        Matching.Prf prf = Matching.prf(gq, pq, qm);
        out.put("quotes.precision", prf.precision());
        out.put("quotes.recall", prf.recall());
        out.put("quotes.f1", prf.f1());
        int n = 0, right = 0;
        for (Map.Entry<Integer, Integer> e : qm.entrySet()) {
            n++;
            if (speakerOk(gq.get(e.getValue()), pq.get(e.getKey()))) right++;
        }
        out.put("quotes.speaker", n == 0 ? null : (double) right / n);
    }

    /** The speaker is right when the country agrees (where the gold gives one) and a name word of 4+ letters is shared. */
    private static boolean speakerOk(JsonNode g, JsonNode p) {
        JsonNode gs = get(g, "speaker"), ps = get(p, "speaker");
        String want = country(gs);
        if (want != null && !want.equals(country(ps))) return false;
        Set<String> predWords = content(text(ps, "name"));
        for (String t : content(text(gs, "name"))) if (t.length() >= 4 && predWords.contains(t)) return true;
        return false;
    }

    // ---- relations

    /** A relation fits on the unordered pair of countries and the kind. */
    static double relationFit(JsonNode g, JsonNode p) {
        Set<Object> goldPair = new HashSet<>();
        goldPair.add(plain(get(g, "a")));
        goldPair.add(plain(get(g, "b")));
        Set<Object> predPair = new HashSet<>();
        for (String side : List.of("a", "b")) {
            JsonNode v = get(p, side);
            predPair.add(v.isObject() ? country(v) : plain(v));
        }
        String pk = fold(text(p, "kind"));
        String predKind = RELATION_KINDS.getOrDefault(pk, pk);
        String gk = Values.string(get(g, "kind"));
        String goldKind = gk == null ? null : RELATION_KINDS.getOrDefault(gk, gk);
        return goldPair.equals(predPair) && predKind.equals(goldKind) ? 1.0 : 0.0;
    }

    /** A JSON value as a set element: a string as itself, null for absent or null, other values as they are. */
    private static Object plain(JsonNode v) {
        if (none(v)) return null;
        return v.isTextual() ? v.textValue() : v;
    }

    private void relations(JsonNode gold, JsonNode pred, Map<String, Object> out) {
        List<JsonNode> gr = list(gold, "relations"), pr = list(pred, "relations");
        Map<Integer, Integer> rm = Matching.match(gr, pr, Scorer::relationFit, strict);
        Matching.Prf prf = Matching.prf(gr, pr, rm);
        out.put("relations.precision", prf.precision());
        out.put("relations.recall", prf.recall());
        out.put("relations.f1", prf.f1());
    }

    // ---- places and citations

    private static void places(JsonNode gold, JsonNode pred, Map<String, Object> out) {
        List<JsonNode> pp = list(pred, "places"), gp = list(gold, "places");
        int hits = 0, near = 0;
        for (JsonNode g : gp) {
            Set<String> names = placeNames(g);
            JsonNode cand = null;
            for (JsonNode x : pp) {
                if (names.contains(fold(text(x, "name"))) || names.contains(fold(text(x, "canonical")))) {
                    cand = x;
                    break;
                }
            }
            if (!truthy(cand)) continue;
            hits++;
            JsonNode lat = get(cand, "lat"), lon = get(cand, "lon");
            if (lat.isNumber() && lon.isNumber()) {
                JsonNode tolerance = get(g, "tolerance_km");
                double km = tolerance.isNumber() ? tolerance.doubleValue() : DEFAULT_TOLERANCE_KM;
                if (haversine(get(g, "lat").doubleValue(), get(g, "lon").doubleValue(), lat.doubleValue(), lon.doubleValue()) <= km)
                    near++;
            }
        }
        int n = gp.size();
        out.put("places.recall", n == 0 ? null : (double) hits / n);
        out.put("places.within_tolerance", n == 0 ? null : (double) near / n);
    }

    /** Great-circle distance in km on a sphere of the Earth's mean radius. */
    static double haversine(double aLat, double aLon, double bLat, double bLon) {
        double dLat = Math.toRadians(bLat - aLat), dLon = Math.toRadians(bLon - aLon);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(aLat)) * Math.cos(Math.toRadians(bLat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
    }

    /** Outlet and date pairs, each prediction used once; scored only when the gold lists citations. */
    private static void citations(JsonNode gold, JsonNode pred, Map<String, Object> out) {
        if (!gold.has("citations")) return;
        List<JsonNode> gcit = list(gold, "citations"), pcit = list(pred, "citations");
        Set<Integer> used = new HashSet<>();
        int hit = 0;
        for (JsonNode g : gcit) {
            for (int i = 0; i < pcit.size(); i++) {
                JsonNode x = pcit.get(i);
                if (!used.contains(i) && sameOutlet(text(g, "outlet"), text(x, "outlet"))
                        && Boolean.TRUE.equals(dateOk(get(g, "date"), get(x, "date")))) {
                    used.add(i);
                    hit++;
                    break;
                }
            }
        }
        out.put("citations.precision", pcit.isEmpty() ? 0.0 : (double) hit / pcit.size());
        out.put("citations.recall", gcit.isEmpty() ? null : (double) hit / gcit.size());
    }

    // ---- explain

    /**
     * What {@code --explain} prints for one document: a "== NAME" line, then per kind (event, claim, quote) the
     * required gold items nothing matched ("missed") and the predictions that matched nothing ("false").
     */
    public List<String> explain(String name, JsonNode gold, JsonNode pred) {
        List<String> lines = new ArrayList<>();
        lines.add("== " + name);
        explainKind(lines, "event", list(gold, "events"), list(pred, "events"), Scorer::eventFit,
                g -> String.join("/", strings(get(g, "cameo_root"))) + " " + str(country(get(g, "actor1"))) + "->"
                        + str(country(get(g, "actor2"))) + " " + str(get(g, "date")) + " [" + str(get(g, "status")) + "]",
                p -> str(get(p, "cameo")) + " " + str(country(get(p, "actor1"))) + "->" + str(country(get(p, "actor2")))
                        + " " + str(get(p, "date")) + " [" + str(get(p, "status")) + "]",
                Values::evidence, Values::evidence);
        explainKind(lines, "claim", list(gold, "claims"), list(pred, "claims"), Scorer::claimFit,
                g -> str(get(g, "stance")) + " by " + str(country(get(g, "claimant"))),
                p -> str(get(p, "stance")) + " by " + str(country(get(p, "claimant"))),
                Values::evidence, Values::evidence);
        explainKind(lines, "quote", list(gold, "quotes"), countedQuotes(gold, pred), Scorer::quoteFit,
                g -> "by " + str(get(get(g, "speaker"), "name")), p -> "by " + str(get(get(p, "speaker"), "name")),
                g -> text(g, "quote"), p -> text(p, "text"));
        return lines;
    }

    private void explainKind(List<String> lines, String kind, List<JsonNode> golds, List<JsonNode> preds, Matching.Fit fit,
                             Function<JsonNode, String> goldDesc, Function<JsonNode, String> predDesc,
                             Function<JsonNode, String> goldText, Function<JsonNode, String> predText) {
        Map<Integer, Integer> m = Matching.match(golds, preds, fit, strict);
        Set<Object> hitUnits = new HashSet<>();
        for (int gi : m.values()) hitUnits.add(Matching.unit(golds.get(gi)));
        for (JsonNode g : golds) {
            if (!truthy(get(g, "optional")) && !hitUnits.contains(Matching.unit(g)))
                lines.add("  missed " + kind + " " + str(get(g, "id")) + ": " + goldDesc.apply(g) + " | " + brief(goldText.apply(g)));
        }
        for (int i = 0; i < preds.size(); i++) {
            if (m.containsKey(i)) continue;
            JsonNode p = preds.get(i);
            lines.add("  false " + kind + " " + str(get(p, "id")) + ": " + predDesc.apply(p) + " | " + brief(predText.apply(p)));
        }
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list.isArray()) for (JsonNode v : list) out.add(str(v));
        return out;
    }

    /** White space squeezed, cut to 90 characters with an ellipsis. */
    private static String brief(String text) {
        String t = Text.squeeze(text);
        if (t.codePointCount(0, t.length()) <= BRIEF) return t;
        return Text.headCodePoints(t, BRIEF - 1) + "\u2026";
    }
}
