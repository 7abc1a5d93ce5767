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
 * "geojson", "graphml"; "acled", "gdelt" and "plover" too).
 * <pre>{@code
 * ExportFormat.Summary s = ExportFormat.named("geojson").write(incidents, writer, cameoTable::goldstein);
 * s.notes().forEach(System.err::println);     // "2 events could not be placed ... and were left out"
 * }</pre>
 * Every format carries the review state: ACLED in its tags, GDELT in a side table ({@link #write(List, Writer,
 * Writer, ToDoubleFunction)}), PLOVER and GeoJSON as fields. GraphML leaves rejected incidents out of the network.
 * An event a format cannot hold is never dropped silently: the summary counts it.
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

    /**
     * What a write did: the rows (records, features, edges) written and one sentence per kind of event left out
     * or written differently ("14 events are not ACLED types and were left out").
     */
    public record Summary(int rows, List<String> notes) {
        public Summary {
            if (rows < 0) throw new IllegalArgumentException("rows " + rows + " is negative");
            notes = List.copyOf(notes);
        }

        /** "1 event has no date" or "3 events have no date". */
        static String count(int n, String one, String many) {
            return n == 1 ? "1 event " + one : n + " events " + many;
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

    /** Whether the format writes a side table (GDELT's review columns) when given a second writer. */
    public boolean hasSideTable() {
        return this == GDELT_TSV;
    }

    public static ExportFormat named(String name) {
        String n = name == null ? null : name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) if (f.label.equals(n) || (n != null && !n.isEmpty() && f.label.startsWith(n + "-"))) return f;
        throw new IllegalArgumentException("export format '" + name + "' is not one of acled-csv (acled), gdelt-tsv (gdelt), plover-jsonl (plover), geojson, graphml");
    }

    /**
     * Writes the incidents. {@code goldstein} gives the Goldstein score of a CAMEO code (GDELT and GraphML use it;
     * NaN when unknown).
     */
    public Summary write(List<Incident> incidents, Writer out, ToDoubleFunction<String> goldstein) throws IOException {
        return write(incidents, out, null, goldstein);
    }

    /**
     * Writes the incidents, and to {@code side}, when not null and the format has one, its side table (GDELT:
     * GlobalEventID, faultline's event id, status and review, with a header line).
     */
    public Summary write(List<Incident> incidents, Writer out, Writer side, ToDoubleFunction<String> goldstein) throws IOException {
        if (incidents == null) throw new IllegalArgumentException("incidents must not be null");
        if (out == null) throw new IllegalArgumentException("output writer must not be null");
        if (goldstein == null) throw new IllegalArgumentException("goldstein must not be null");
        Summary s = switch (this) {
            case ACLED_CSV -> AcledCsv.write(incidents, out, Placement.bundled());
            case GDELT_TSV -> GdeltTsv.write(incidents, out, side, goldstein, Placement.bundled());
            case PLOVER_JSONL -> {
                PloverJsonl.write(incidents, out);
                yield new Summary(incidents.size(), List.of());
            }
            case GEOJSON -> GeoJson.write(incidents, out, Placement.bundled());
            case GRAPHML -> GraphMl.write(incidents, out, goldstein);
        };
        out.flush();
        if (side != null) side.flush();
        return s;
    }
}
