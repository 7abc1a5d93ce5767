package org.faultline.store;

import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an analyst's review leaves one merged event: the last decision and the latest value of each corrected field.
 * <pre>{@code
 * Event shown = ReviewState.of(store.reviews(id)).map(r -> r.applyTo(coded)).orElse(coded);
 * }</pre>
 *
 * @param state       "confirmed", "corrected" or "rejected"
 * @param reviewer    who reviewed last
 * @param at          when
 * @param corrections field name to its latest corrected value: cameo, actor1, actor2, place, date, fatalities, and
 *                    with a place its coordinates as place.lat and place.lon (and place.country, place.admin1,
 *                    place.precision where known)
 */
public record ReviewState(String eventId, String state, String reviewer, Instant at, Map<String, String> corrections) {
    public ReviewState {
        if (eventId == null || eventId.isBlank()) throw new IllegalArgumentException("event id '" + eventId + "' is empty");
        if (!List.of("confirmed", "corrected", "rejected").contains(state))
            throw new IllegalArgumentException("review state '" + state + "' is not confirmed, corrected or rejected");
        corrections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(corrections));
    }

    /** The state the reviews of one event (oldest first) leave it in; empty without reviews. */
    public static Optional<ReviewState> of(List<Review> reviews) {
        if (reviews == null || reviews.isEmpty()) return Optional.empty();
        String state = null;
        Map<String, String> corrections = new LinkedHashMap<>();
        for (Review r : reviews) {
            if (r.field().equals("action")) {
                state = switch (r.value()) {
                    case "confirm" -> "confirmed";
                    case "reject" -> "rejected";
                    default -> "corrected";
                };
            } else {
                if (r.field().equals("place"))   // a new place name drops the coordinates of an older one
                    corrections.keySet().removeIf(k -> k.startsWith("place."));
                corrections.put(r.field(), r.value());
            }
        }
        Review last = reviews.get(reviews.size() - 1);
        return Optional.of(new ReviewState(last.eventId(), state == null ? "corrected" : state, last.reviewer(), last.at(),
                corrections));
    }

    /** The corrected fields, without the place's coordinate parts. */
    public List<String> correctedFields() {
        return corrections.keySet().stream().filter(k -> !k.contains(".")).toList();
    }

    /**
     * The coded event with the corrections put over it. A corrected CAMEO code takes its PLOVER and ACLED types
     * from the bundled CAMEO table; a corrected place without coordinates keeps the coded ones under the new name.
     */
    public Event applyTo(Event coded) {
        if (coded == null) throw new IllegalArgumentException("event must not be null");
        String cameo = coded.cameo(), plover = coded.plover(), acledType = coded.acledType(), acledSub = coded.acledSubType();
        String c = corrections.get("cameo");
        if (c != null && !c.equals(cameo)) {
            cameo = c;
            var code = CAMEO.get(c);
            plover = code.map(org.faultline.lexicon.CameoCode::plover).orElse(null);
            acledType = code.map(org.faultline.lexicon.CameoCode::acledType).orElse(null);
            acledSub = code.map(org.faultline.lexicon.CameoCode::acledSubType).orElse(null);
        }
        String d = corrections.get("date");
        PartialDate date = d == null ? coded.date() : PartialDate.parse(d);
        String f = corrections.get("fatalities");
        Integer fatalities = f == null ? coded.fatalities() : Integer.valueOf(f);
        return new Event(coded.id(), date, actor(corrections.get("actor1"), coded.actor1()),
                actor(corrections.get("actor2"), coded.actor2()), cameo, plover, acledType, acledSub, place(coded.location()),
                fatalities, coded.reportedBy(), coded.citation(), coded.status(), coded.evidence());
    }

    private static final org.faultline.lexicon.CameoTable CAMEO = org.faultline.lexicon.CameoTable.bundled();

    private static Actor actor(String code, Actor coded) {
        if (code == null) return coded;
        if (coded != null && code.equals(coded.code())) return coded;
        String country = code.length() >= 3 && code.substring(0, 3).matches("[A-Z]{3}") ? code.substring(0, 3) : null;
        String sector = country != null && code.length() >= 6 ? code.substring(3, 6) : null;
        return new Actor(code, country, sector, null, code);
    }

    private Place place(Place coded) {
        String name = corrections.get("place");
        if (name == null) return coded;
        String lat = corrections.get("place.lat"), lon = corrections.get("place.lon");
        if (lat != null && lon != null) {
            String precision = corrections.get("place.precision");
            return new Place(name, name, corrections.get("place.country"), corrections.get("place.admin1"),
                    Double.parseDouble(lat), Double.parseDouble(lon), "reviewed",
                    precision == null ? 1 : Integer.parseInt(precision), List.of());
        }
        if (coded == null) return null;
        return new Place(name, name, coded.country(), coded.admin1(), coded.lat(), coded.lon(), coded.feature(),
                coded.precision(), List.of());
    }
}
