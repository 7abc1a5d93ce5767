package org.faultline.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.lexicon.CameoCode;
import org.faultline.lexicon.CameoTable;
import org.faultline.model.Actor;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.Evidence;
import org.faultline.model.Event;
import org.faultline.model.Place;
import org.faultline.store.MergedEvent;
import org.faultline.store.Report;
import org.faultline.store.Review;
import org.faultline.store.StoredClaim;

import java.util.List;
import java.util.Optional;

/** The API's JSON shapes for events, claims and reviews. Every string is data: the UI renders it as text. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CameoTable CAMEO = CameoTable.bundled();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * Puts {@code count} (items accepted), {@code truncated} and the first {@code limit} accepted items, as JSON, under
     * {@code field}: the shape of every listing that answers a filter with a limit.
     */
    static <T> ObjectNode listing(ObjectNode n, String field, Iterable<T> items, java.util.function.Predicate<T> accepts,
                                  int limit, java.util.function.Function<T, ObjectNode> json) {
        ArrayNode arr = MAPPER.createArrayNode();
        int total = 0;
        for (T t : items) {
            if (!accepts.test(t)) continue;
            total++;
            if (arr.size() < limit) arr.add(json.apply(t));
        }
        n.put("count", total);
        n.put("truncated", total > arr.size());
        n.set(field, arr);
        return n;
    }

    /** Every code of the bundled CAMEO table, in file order. */
    static java.util.Collection<CameoCode> cameoCodes() {
        return CAMEO.codes();
    }

    static Optional<CameoCode> cameo(String code) {
        if (code == null) return Optional.empty();
        Optional<CameoCode> c = CAMEO.get(code);
        for (int n = code.length() - 1; c.isEmpty() && n >= 2; n--) c = CAMEO.get(code.substring(0, n));
        return c;
    }

    static ObjectNode actor(Actor a) {
        if (a == null) return null;
        ObjectNode n = object();
        n.put("name", a.name());
        n.put("code", a.code());
        n.put("country", a.country());
        n.put("sector", a.sector());
        n.put("org", a.org());
        return n;
    }

    static ObjectNode place(Place p) {
        if (p == null) return null;
        ObjectNode n = object();
        n.put("name", p.name());
        n.put("canonical", p.canonical());
        n.put("country", p.country());
        n.put("admin1", p.admin1());
        n.put("lat", p.lat());
        n.put("lon", p.lon());
        n.put("precision", p.precision());
        return n;
    }

    static ObjectNode evidence(Evidence e) {
        if (e == null) return null;
        ObjectNode n = object();
        n.put("sentence", e.sentenceIndex());
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("text", e.text());
        return n;
    }

    static ObjectNode citation(Citation c) {
        if (c == null) return null;
        ObjectNode n = object();
        n.put("outlet", c.outlet());
        n.put("date", c.date() == null ? null : c.date().toString());
        n.put("start", c.start());
        n.put("end", c.end());
        return n;
    }

    /** The fields of an event a review can correct, and its coding. */
    static ObjectNode event(Event e) {
        ObjectNode n = object();
        n.put("id", e.id());
        n.put("date", e.date() == null ? null : e.date().toString());
        n.set("actor1", actor(e.actor1()));
        n.set("actor2", actor(e.actor2()));
        putCameo(n, e.cameo());
        n.put("plover", e.plover());
        n.put("acled_type", e.acledType());
        n.put("acled_sub_type", e.acledSubType());
        n.set("location", place(e.location()));
        if (e.fatalities() == null) n.putNull("fatalities");
        else n.put("fatalities", e.fatalities());
        n.put("status", e.status().label());
        n.set("evidence", evidence(e.evidence()));
        return n;
    }

    private static void putCameo(ObjectNode n, String code) {
        n.put("cameo", code);
        n.put("root", code.substring(0, 2));
        Optional<CameoCode> c = cameo(code);
        n.put("cameo_name", c.map(CameoCode::name).orElse(null));
        if (c.isPresent()) {
            n.put("quad", c.get().quadClass());
            n.put("goldstein", c.get().goldstein());
        } else {
            n.putNull("quad");
            n.putNull("goldstein");
        }
    }

    static ObjectNode claim(StoredClaim sc) {
        Claim c = sc.claim();
        ObjectNode n = object();
        n.put("id", c.id());
        n.put("document", sc.documentId());
        n.put("event", sc.eventId());
        n.put("contested", sc.contested());
        n.put("contested_by", sc.contestedBy());
        n.put("stance", c.stance());
        n.put("text", c.text());
        n.set("claimant", actor(c.claimant()));
        n.put("status", c.status() == null ? null : c.status().label());
        n.set("citation", citation(c.citation()));
        n.set("evidence", evidence(c.evidence()));
        org.faultline.sources.SourceKeys.of(c).forEach(n.putArray("sources")::add);   // keys of /api/sources
        return n;
    }

    static ObjectNode merged(MergedEvent m, List<Review> reviews) {
        ObjectNode n = event(m.event());
        n.put("documents", m.documents());
        ArrayNode reports = n.putArray("reports");
        for (Report r : m.reports()) {
            ObjectNode rn = reports.addObject();
            rn.put("document", r.documentId());
            rn.put("outlet", r.outlet());
            rn.put("title", r.title());
            rn.put("url", r.url());
            rn.put("published", r.published() == null ? null : r.published().toString());
            rn.put("status", r.event().status().label());
            rn.set("reported_by", actor(r.event().reportedBy()));
            rn.set("citation", citation(r.event().citation()));
            rn.set("evidence", evidence(r.event().evidence()));
        }
        ArrayNode claims = n.putArray("claims");
        for (StoredClaim c : m.claims()) claims.add(claim(c));
        applyReviews(n, reviews);
        return n;
    }

    /**
     * Puts the analyst's review over the coded values: the top-level fields show the corrected values, and
     * {@code review.corrections} keeps each coded value beside its correction.
     */
    static void applyReviews(ObjectNode n, List<Review> reviews) {
        if (reviews == null || reviews.isEmpty()) {
            n.putNull("review");
            return;
        }
        ObjectNode review = n.putObject("review");
        ObjectNode corrections = review.putObject("corrections");
        String state = null;
        Review last = null;
        for (Review r : reviews) {
            last = r;
            if (r.field().equals("action")) {
                state = switch (r.value()) {
                    case "confirm" -> "confirmed";
                    case "correct" -> "corrected";
                    case "reject" -> "rejected";
                    default -> r.value();
                };
                continue;
            }
            if (r.field().startsWith("place.")) {   // the corrected place's coordinates, country, ...
                String part = r.field().substring("place.".length());
                ObjectNode c = corrections.has("place") ? (ObjectNode) corrections.get("place") : corrections.putObject("place");
                ObjectNode p = n.get("location") instanceof ObjectNode o ? o : n.putObject("location");
                switch (part) {
                    case "lat", "lon" -> {
                        c.put(part, Double.parseDouble(r.value()));
                        p.put(part, Double.parseDouble(r.value()));
                    }
                    case "precision" -> p.put(part, Integer.parseInt(r.value()));
                    default -> p.put(part, r.value());
                }
                continue;
            }
            ObjectNode c = corrections.has(r.field()) ? (ObjectNode) corrections.get(r.field()) : corrections.putObject(r.field());
            if (!c.has("coded")) c.set("coded", coded(n, r.field()));
            c.put("value", r.value());
            c.put("reviewer", r.reviewer());
            c.put("at", r.at().toString());
            correct(n, r.field(), r.value());
        }
        review.put("state", state == null ? "corrected" : state);
        review.put("reviewer", last.reviewer());
        review.put("at", last.at().toString());
        review.put("reviews", reviews.size());
    }

    private static com.fasterxml.jackson.databind.JsonNode coded(ObjectNode n, String field) {
        return switch (field) {
            case "actor1", "actor2" -> n.get(field) == null || n.get(field).isNull() ? null : n.get(field).get("code");
            case "place" -> n.get("location") == null || n.get("location").isNull() ? null : n.get("location").get("name");
            default -> n.get(field);
        };
    }

    private static void correct(ObjectNode n, String field, String value) {
        switch (field) {
            case "cameo" -> putCameo(n, value);
            case "date" -> n.put("date", value);
            case "fatalities" -> n.put("fatalities", Integer.parseInt(value));
            case "actor1", "actor2" -> {
                ObjectNode a = object();
                a.put("name", value);
                a.put("code", value);
                a.put("country", value.length() >= 3 && value.substring(0, 3).matches("[A-Z]{3}") ? value.substring(0, 3) : null);
                n.set(field, a);
            }
            case "place" -> {   // a new name: its coordinates follow as place.lat and place.lon (else the coded ones stay)
                ObjectNode p = n.get("location") instanceof ObjectNode o ? o : n.putObject("location");
                p.put("name", value);
                p.put("canonical", value);
                p.remove("admin1");
            }
            default -> { }
        }
    }
}
