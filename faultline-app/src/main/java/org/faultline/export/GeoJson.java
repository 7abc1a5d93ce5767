package org.faultline.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.model.Event;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A GeoJSON FeatureCollection (RFC 7946): one Point per located event, [longitude, latitude], with properties. */
final class GeoJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJson() {}

    static void write(List<ExportFormat.Incident> incidents, Writer out) throws IOException {
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (ExportFormat.Incident inc : incidents) {
            Event e = inc.event();
            if (e.location() == null) continue;
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", e.id());
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            g.putArray("coordinates").add(e.location().lon()).add(e.location().lat());
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
            p.put("place", e.location().canonical());
            p.put("country", e.location().country());
            p.put("geo_precision", e.location().precision());
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
