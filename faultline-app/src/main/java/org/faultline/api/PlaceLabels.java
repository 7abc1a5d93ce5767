package org.faultline.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.faultline.lexicon.Capitals;
import org.faultline.lexicon.Gazetteer;
import org.faultline.lexicon.GazetteerEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/places/labels?bbox=S,W,N,E&zoom=Z}: the map's place labels, capitals and large towns of the
 * bundled gazetteer inside the map's bounds, fewer the farther out the map is zoomed. Capitals come first, then
 * towns by population; at most {@link #MAX_LABELS}. The page drops the labels that would overlap.
 */
final class PlaceLabels {
    /** Labels in one answer at most. */
    static final int MAX_LABELS = 200;
    /** The smallest town ever labelled, at the closest zoom. */
    static final long MIN_POPULATION = 15_000;
    private static volatile PlaceLabels bundled;

    private final List<GazetteerEntry> candidates;
    private final Capitals capitals;

    private PlaceLabels(Gazetteer gazetteer, Capitals capitals) {
        this.capitals = capitals;
        List<GazetteerEntry> c = new ArrayList<>(capitals.towns());
        for (GazetteerEntry t : gazetteer.towns(null)) if (t.population() >= MIN_POPULATION && !capitals.contains(t)) c.add(t);
        c.sort(Comparator.comparing((GazetteerEntry t) -> !capitals.contains(t)).thenComparing(GazetteerEntry::population,
                Comparator.reverseOrder()).thenComparing(GazetteerEntry::name));
        this.candidates = List.copyOf(c);
    }

    static PlaceLabels bundled() {
        PlaceLabels p = bundled;
        if (p == null) {
            synchronized (PlaceLabels.class) {
                if (bundled == null) bundled = new PlaceLabels(Gazetteer.bundled(), Capitals.bundled());
                p = bundled;
            }
        }
        return p;
    }

    /** The smallest town labelled at a zoom: ten million at zoom 2, a third of it with each step in, never below 15,000. */
    static long townMinimum(int zoom) {
        return Math.max(MIN_POPULATION, (long) (10_000_000 / Math.pow(3, Math.max(0, zoom - 2))));
    }

    /** The smallest capital labelled at a zoom: every one from zoom 4 in. */
    static long capitalMinimum(int zoom) {
        return zoom >= 4 ? 0 : zoom == 3 ? 500_000 : 2_000_000;
    }

    /** The labels inside the box (west greater than east: the box crosses the 180th meridian), best first. */
    List<GazetteerEntry> within(double south, double west, double north, double east, int zoom) {
        long town = townMinimum(zoom), capital = capitalMinimum(zoom);
        List<GazetteerEntry> out = new ArrayList<>();
        for (GazetteerEntry t : candidates) {
            if (t.population() < (capitals.contains(t) ? capital : town)) continue;
            if (t.lat() < south || t.lat() > north) continue;
            if (west <= east ? t.lon() < west || t.lon() > east : t.lon() < west && t.lon() > east) continue;
            out.add(t);
            if (out.size() > MAX_LABELS) break;
        }
        return out;
    }

    static void handle(Context ctx) {
        for (String name : ctx.queryParamMap().keySet())
            if (!name.equals("bbox") && !name.equals("zoom"))
                throw new IllegalArgumentException("unknown parameter '" + name + "'; known: bbox, zoom");
        String bbox = ctx.queryParam("bbox"), z = ctx.queryParam("zoom");
        if (bbox == null || bbox.isBlank()) throw new IllegalArgumentException("bbox is missing: SOUTH,WEST,NORTH,EAST in degrees");
        String[] p = bbox.split(",");
        double[] v = new double[4];
        try {
            if (p.length != 4) throw new NumberFormatException();
            for (int i = 0; i < 4; i++) v[i] = Double.parseDouble(p[i].strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bbox '" + bbox + "' is not SOUTH,WEST,NORTH,EAST in degrees");
        }
        if (!(v[0] >= -90 && v[2] <= 90 && v[0] <= v[2]) || !(v[1] >= -180 && v[1] <= 180 && v[3] >= -180 && v[3] <= 180))
            throw new IllegalArgumentException("bbox '" + bbox + "' is out of range: latitudes -90 to 90, south first;"
                    + " longitudes -180 to 180");
        int zoom;
        try {
            zoom = z == null || z.isBlank() ? 0 : Integer.parseInt(z.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("zoom '" + z + "' is not a whole number 0-20");
        }
        if (zoom < 0 || zoom > 20) throw new IllegalArgumentException("zoom " + zoom + " is not 0-20");
        PlaceLabels labels = bundled();
        List<GazetteerEntry> found = labels.within(v[0], v[1], v[2], v[3], zoom);
        ObjectNode n = Json.object();
        n.put("zoom", zoom);
        n.put("min_population", townMinimum(zoom));
        n.put("truncated", found.size() > MAX_LABELS);
        ArrayNode arr = n.putArray("labels");
        for (GazetteerEntry t : found.subList(0, Math.min(MAX_LABELS, found.size()))) {
            ObjectNode l = arr.addObject();
            l.put("name", t.name());
            l.put("country", t.country());
            l.put("admin1", t.admin1());
            l.put("lat", t.lat());
            l.put("lon", t.lon());
            l.put("population", t.population());
            l.put("capital", labels.capitals.contains(t));
        }
        ctx.header("Cache-Control", "max-age=86400");   // the bundled gazetteer: the same answer until the next release
        ctx.contentType("application/json").result(n.toString());
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PlaceLabels[%d candidates]", candidates.size());
    }
}
