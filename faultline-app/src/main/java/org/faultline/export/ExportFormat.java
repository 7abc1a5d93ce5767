package org.faultline.export;

import org.faultline.model.Event;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The exchange formats merged events can be written in, by name ("acled-csv", "gdelt-tsv", "plover-jsonl",
 * "geojson", "graphml").
 * <pre>{@code
 * ExportFormat.named("geojson").write(incidents, writer, cameoTable::goldstein);
 * }</pre>
 * Every format carries the review state: ACLED in its tags, GDELT in four trailing columns, PLOVER and GeoJSON as
 * fields. GraphML leaves rejected incidents out of the network.
 */
public enum ExportFormat {
    ACLED_CSV("acled-csv", "csv"),
    GDELT_TSV("gdelt-tsv", "tsv"),
    PLOVER_JSONL("plover-jsonl", "jsonl"),
    GEOJSON("geojson", "geojson"),
    GRAPHML("graphml", "graphml");

    /**
     * One incident to export: the merged event and its reports.
     *
     * @param event    the merged event (id, date, dyad, code, place, fatalities, status, evidence), corrections applied
     * @param mentions every report of it, one per document sentence
     * @param review   the analyst's review, or null when none
     */
    public record Incident(Event event, List<Mention> mentions, Review review) {
        public Incident {
            if (event == null) throw new IllegalArgumentException("event must not be null");
            mentions = List.copyOf(mentions);
        }

        /** An incident no analyst has reviewed. */
        public Incident(Event event, List<Mention> mentions) {
            this(event, mentions, null);
        }
    }

    /**
     * An analyst's review of an incident; the incident's event already carries the corrected values.
     *
     * @param state     "confirmed", "corrected" or "rejected"
     * @param corrected the names of the corrected fields (cameo, actor1, actor2, place, date, fatalities)
     */
    public record Review(String state, String reviewer, Instant at, List<String> corrected) {
        public Review {
            if (state == null || state.isBlank()) throw new IllegalArgumentException("review state '" + state + "' is empty");
            if (reviewer == null || reviewer.isBlank()) throw new IllegalArgumentException("reviewer '" + reviewer + "' is empty");
            if (at == null) throw new IllegalArgumentException("review time must not be null");
            corrected = corrected == null ? List.of() : List.copyOf(corrected);
        }
    }

    /** One report of an incident: the document it comes from and the report-level event. */
    public record Mention(String documentId, String outlet, String url, LocalDate published, Event report) {
        public Mention {
            if (documentId == null) throw new IllegalArgumentException("documentId must not be null");
        }
    }

    private final String label;
    private final String extension;

    ExportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat named(String name) {
        for (ExportFormat f : values()) if (f.label.equals(name == null ? null : name.toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("export format '" + name + "' is not one of acled-csv, gdelt-tsv, plover-jsonl, geojson, graphml");
    }

    /**
     * Writes the incidents. {@code goldstein} gives the Goldstein score of a CAMEO code (GDELT and GraphML use it;
     * NaN when unknown).
     */
    public void write(List<Incident> incidents, Writer out, ToDoubleFunction<String> goldstein) throws IOException {
        if (incidents == null) throw new IllegalArgumentException("incidents must not be null");
        if (goldstein == null) throw new IllegalArgumentException("goldstein must not be null");
        switch (this) {
            case ACLED_CSV -> AcledCsv.write(incidents, out);
            case GDELT_TSV -> GdeltTsv.write(incidents, out, goldstein);
            case PLOVER_JSONL -> PloverJsonl.write(incidents, out);
            case GEOJSON -> GeoJson.write(incidents, out);
            case GRAPHML -> GraphMl.write(incidents, out, goldstein);
        }
        out.flush();
    }
}
