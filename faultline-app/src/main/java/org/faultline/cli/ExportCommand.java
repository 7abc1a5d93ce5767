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
                + "with analysts' corrections applied and each event's review state.")
final class ExportCommand implements Callable<Integer> {
    private final PrintStream out, err;

    @Option(names = "--format", required = true, paramLabel = "acled-csv|gdelt-tsv|plover-jsonl|geojson|graphml",
            converter = OptionValues.ExportFormatName.class, description = "The exchange format.")
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

    @Override
    public Integer call() throws IOException {
        ExportFormat f = format;
        try (Store s = store.openExisting()) {
            var events = s.events(EventQuery.all());
            List<ExportFormat.Incident> incidents = IngestCommand.incidents(events,
                    s.reviews(events.stream().map(org.faultline.store.MergedEvent::id).toList()));
            if (file.equals("-")) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                f.write(incidents, w, goldstein());
                w.flush();
            } else {
                Path p = Path.of(file);
                if (p.toAbsolutePath().getParent() != null) Files.createDirectories(p.toAbsolutePath().getParent());
                try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                    f.write(incidents, w, goldstein());
                }
                err.println("faultline: wrote " + incidents.size() + " merged events as " + f.label() + " to " + file);
            }
        }
        return Main.OK;
    }
}
