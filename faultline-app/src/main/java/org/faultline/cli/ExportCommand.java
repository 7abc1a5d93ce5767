package org.faultline.cli;

import org.faultline.export.ExportFormat;
import org.faultline.lexicon.CameoCode;
import org.faultline.lexicon.CameoTable;
import org.faultline.store.EventQuery;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/** {@code faultline export --format F --out FILE}: the merged events in an exchange format. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes the merged events as ACLED CSV, GDELT TSV, PLOVER JSONL, GeoJSON or a GraphML actor network, "
                + "with analysts' corrections applied and each event's review state. Events a format cannot hold are "
                + "counted on standard error, never dropped silently. GDELT's review columns go to a side file, OUT.review.tsv.")
final class ExportCommand implements Callable<Integer> {
    private final PrintStream out, err;

    @Option(names = "--format", required = true, paramLabel = "acled-csv|gdelt-tsv|plover-jsonl|geojson|graphml",
            converter = OptionValues.ExportFormatName.class,
            description = "The format: acled-csv (or acled), gdelt-tsv (or gdelt), plover-jsonl (or plover), geojson, graphml.")
    ExportFormat format;
    @Option(names = "--out", required = true, paramLabel = "FILE", converter = OptionValues.OutputFile.class,
            description = "The file to write; '-' for standard output.")
    String file;
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static ToDoubleFunction<String> goldstein() {
        CameoTable table = CameoTable.bundled();
        return code -> table.get(code).map(CameoCode::goldstein).orElse(Double.NaN);
    }

    /** The side file beside OUT: "events.tsv" gives "events.review.tsv", "events" gives "events.review.tsv". */
    static Path sideFile(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return out.resolveSibling(stem + ".review.tsv");
    }

    @Override
    public Integer call() throws IOException {
        ExportFormat f = format;
        try (Store s = store.openExisting()) {
            var events = s.events(EventQuery.all());
            List<ExportFormat.Incident> incidents = IngestCommand.incidents(events,
                    s.reviews(events.stream().map(org.faultline.store.MergedEvent::id).toList()));
            ExportFormat.Summary summary;
            if (file.equals("-")) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                summary = f.write(incidents, w, goldstein());
                w.flush();
                if (f.hasSideTable()) err.println("faultline: the review columns are not written (standard output has no side file)");
            } else {
                Path p = Path.of(file);
                if (p.toAbsolutePath().getParent() != null) Files.createDirectories(p.toAbsolutePath().getParent());
                Path side = f.hasSideTable() ? sideFile(p.toAbsolutePath()) : null;
                try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8);
                     Writer sw = side == null ? null : Files.newBufferedWriter(side, StandardCharsets.UTF_8)) {
                    summary = f.write(incidents, w, sw, goldstein());
                }
                err.println("faultline: wrote " + summary.rows() + " " + unit(f, summary.rows()) + " for "
                        + incidents.size() + " merged events as " + f.label() + " to " + file
                        + (side == null ? "" : " (review columns in " + side.getFileName() + ")"));
            }
            for (String note : summary.notes()) err.println("faultline: " + note);
        }
        return Main.OK;
    }

    private static String unit(ExportFormat f, int n) {
        String one = switch (f) {
            case GEOJSON -> "feature";
            case GRAPHML -> "edge";
            case PLOVER_JSONL -> "record";
            default -> "row";
        };
        return n == 1 ? one : one + "s";
    }
}
