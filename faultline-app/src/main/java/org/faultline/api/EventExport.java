package org.faultline.api;

import org.faultline.export.ExportFormat;
import org.faultline.lexicon.CameoCode;
import org.faultline.store.MergedEvent;
import org.faultline.store.Report;
import org.faultline.store.Review;
import org.faultline.store.ReviewState;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/export?format=csv|geojson|acled}: the filtered merged events in a file other tools read. GeoJSON and
 * ACLED CSV are the exporters of {@code faultline export} ({@link ExportFormat}); CSV is the table of
 * {@code /api/events?format=csv}.
 */
final class EventExport {
    /** The formats by their API name: label, media type, file name. */
    enum Kind {
        CSV("csv", "text/csv; charset=utf-8", "events.csv", null),
        GEOJSON("geojson", "application/geo+json; charset=utf-8", "events.geojson", ExportFormat.GEOJSON),
        ACLED("acled", "text/csv; charset=utf-8", "events-acled.csv", ExportFormat.ACLED_CSV);

        final String name, mediaType, fileName;
        final ExportFormat format;

        Kind(String name, String mediaType, String fileName, ExportFormat format) {
            this.name = name;
            this.mediaType = mediaType;
            this.fileName = fileName;
            this.format = format;
        }

        static Kind named(String name) {
            for (Kind k : values()) if (k.name.equals(name)) return k;
            throw new IllegalArgumentException("format '" + name + "' is not csv, geojson or acled");
        }
    }

    private EventExport() {}

    /** The events in an exporter's format (GeoJSON or ACLED CSV), each with its analyst's corrections applied. */
    static String write(ExportFormat format, List<MergedEvent> events, Map<String, List<Review>> reviews) throws IOException {
        List<ExportFormat.Incident> incidents = new ArrayList<>(events.size());
        for (MergedEvent m : events) {
            List<ExportFormat.Mention> mentions = new ArrayList<>(m.reports().size());
            for (Report r : m.reports())
                mentions.add(new ExportFormat.Mention(r.documentId(), r.outlet(), r.url(), r.published(), r.event()));
            var state = ReviewState.of(reviews.get(m.id()));
            incidents.add(new ExportFormat.Incident(state.map(s -> s.applyTo(m.event())).orElse(m.event()), mentions,
                    state.map(s -> new ExportFormat.Review(s.state(), s.reviewer(), s.at(), s.correctedFields())).orElse(null)));
        }
        StringWriter w = new StringWriter();
        format.write(incidents, w, code -> Json.cameo(code).map(CameoCode::goldstein).orElse(Double.NaN));
        return w.toString();
    }
}
