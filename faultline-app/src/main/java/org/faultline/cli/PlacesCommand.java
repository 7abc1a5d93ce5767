package org.faultline.cli;

import org.faultline.store.PlaceCount;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import static org.faultline.cli.Listing.col;

/** {@code faultline places}: places the documents name, with document and event counts. */
@Command(name = "places", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the places named in stored documents, with document and event counts, as a table, JSON or CSV.")
final class PlacesCommand implements Callable<Integer> {
    private final PrintStream out;
    @Mixin
    Listing.FormatOption output = new Listing.FormatOption();
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    PlacesCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            Listing l = new Listing(col("place"), col("country"), col("admin1"), col("lat"), col("lon"),
                    col("documents"), col("events"));
            List<PlaceCount> places = s.places();
            for (PlaceCount p : places)
                l.add(p.name(), p.country(), p.admin1(), round(p.lat()), round(p.lon()), p.documents(), p.events());
            l.print(out, output.format, places.size() + " places");
        }
        return Main.OK;
    }

    private static double round(double d) {
        return Math.round(d * 1e4) / 1e4;
    }
}
