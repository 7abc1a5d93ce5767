package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.faultline.lexicon.Gazetteer;
import org.faultline.lexicon.GazetteerEntry;
import org.faultline.model.Place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A reviewer's place correction turned into review fields with coordinates, so a corrected event moves on the map.
 * The correction is a name, looked up in the bundled gazetteer (a place in the coded place's country first), or an
 * object {@code {"name": ..., "lat": ..., "lon": ...}} for a place the gazetteer lacks.
 */
final class PlaceCorrection {
    private PlaceCorrection() {}

    /** Review fields: place, place.lat, place.lon, and place.country, place.admin1, place.precision where known. */
    static Map<String, String> resolve(JsonNode value, Place coded) {
        Map<String, String> out = new LinkedHashMap<>();
        if (value.isObject()) {
            String given = text(value, "name");
            if (given == null) throw new IllegalArgumentException("place correction has no name");
            String name = WebServer.checked("place", given);
            JsonNode lat = value.get("lat"), lon = value.get("lon");
            if (lat == null || lon == null || !lat.isNumber() || !lon.isNumber())
                throw new IllegalArgumentException("place '" + name + "' needs numeric lat and lon");
            double la = lat.asDouble(), lo = lon.asDouble();
            if (la < -90 || la > 90 || lo < -180 || lo > 180)
                throw new IllegalArgumentException("place coordinates " + la + "," + lo + " are out of range");
            out.put("place", name);
            out.put("place.lat", number(la));
            out.put("place.lon", number(lo));
            String country = text(value, "country");
            if (country != null) {
                if (!country.matches("[A-Z]{3}"))
                    throw new IllegalArgumentException("place country '" + country + "' is not an ISO 3166-1 alpha-3 code");
                out.put("place.country", country);
            }
            return out;
        }
        if (value.isContainerNode()) throw new IllegalArgumentException("place is neither a name nor {name, lat, lon}");
        String name = WebServer.checked("place", value.asText());
        List<GazetteerEntry> hits = Gazetteer.bundled().lookup(name);
        if (hits.isEmpty())
            throw new IllegalArgumentException("place '" + name + "' is not in the gazetteer; send {\"name\": \"" + name
                    + "\", \"lat\": LAT, \"lon\": LON} instead");
        GazetteerEntry best = hits.get(0);
        if (coded != null && coded.country() != null)
            for (GazetteerEntry g : hits)
                if (coded.country().equals(g.country())) {
                    best = g;
                    break;
                }
        out.put("place", name);
        out.put("place.lat", number(best.lat()));
        out.put("place.lon", number(best.lon()));
        if (best.country() != null) out.put("place.country", best.country());
        if (best.admin1() != null) out.put("place.admin1", best.admin1());
        out.put("place.precision", String.valueOf(best.precision()));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.5f", d);
    }
}
