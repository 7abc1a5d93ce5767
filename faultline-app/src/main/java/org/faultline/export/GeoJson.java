package org.faultline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.model.Event;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A GeoJSON FeatureCollection (RFC 7946): one Point per event, [longitude, latitude], with properties. An event
 * whose text names no town stands at its subdivision's or country's point, and its {@code precision} property
 * says which ("town", "admin1", "country"); {@code placed_by} is "actors" where only its actors' one country placed
 * it. Events that cannot be placed at all are left out and counted in the summary.
 */
final class GeoJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJson() {}

    static ExportFormat.Summary write(List<ExportFormat.Incident> incidents, Writer out, Placement places) throws IOException {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        int unplaced = 0, fromActors = 0;
        for (ExportFormat.Incident inc : incidents) {
            Event e = inc.event();
            Placement.Placed at = places.place(inc).orElse(null);
            if (at == null) {
                unplaced++;
                continue;
            }
            if (at.fromActors()) fromActors++;
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", e.id());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(at.lon()).add(at.lat());
            ObjectNode p = f.putObject("properties");
            p.put("date", e.date() == null ? null : e.date().toString());
            p.put("cameo", e.cameo());
            p.put("root", e.root());
            p.put("actor1", e.actor1() == null ? null : e.actor1().code());
            p.put("actor1_name", e.actor1() == null ? null : e.actor1().name());
            p.put("actor2", e.actor2() == null ? null : e.actor2().code());
            p.put("actor2_name", e.actor2() == null ? null : e.actor2().name());
            p.put("status", e.status().label());
            if (e.fatalities() == null) p.putNull("fatalities");
            else p.put("fatalities", e.fatalities());
            p.put("place", at.name());
            p.put("admin1", at.admin1());
            p.put("country", at.country());
            p.put("precision", at.level().label);
            p.put("geo_precision", at.level().code);
            p.put("placed_by", at.fromActors() ? "actors" : "place");
            p.put("reports", inc.mentions().size());
            p.put("sources", String.join("; ", AcledCsv.outlets(inc)));
            p.put("text", e.evidence().text());
            ExportFormat.Review r = inc.review();
            p.put("review_state", r == null ? null : r.state());
            p.put("reviewer", r == null ? null : r.reviewer());
            p.put("reviewed_at", r == null ? null : r.at().toString());
            p.put("corrected_fields", r == null ? null : String.join(" ", r.corrected()));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), fc);
        List<String> notes = new java.util.ArrayList<>();
        if (fromActors > 0) notes.add(ExportFormat.Summary.count(fromActors, "names no place and stands", "name no place and stand")
                + " at the centroid of " + (fromActors == 1 ? "its" : "their") + " actors' country (placed_by \"actors\")");
        if (unplaced > 0) notes.add(ExportFormat.Summary.count(unplaced, "could not be placed", "could not be placed")
                + " (no place named, actors of no single country) and " + (unplaced == 1 ? "was" : "were") + " left out");
        return new ExportFormat.Summary(features.size(), notes);
    }

    /** Jackson closes the writer it is given; the caller owns ours. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
