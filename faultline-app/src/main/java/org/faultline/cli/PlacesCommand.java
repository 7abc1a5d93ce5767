package org.faultline.cli;

import org.faultline.store.PlaceCount;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code faultline places}: places the documents name, with document and event counts. */
@Command(name = "places", mixinStandardHelpOptions = true, description = "Lists the places named in stored documents.")
final class PlacesCommand implements Callable<Integer> {
    private final PrintStream out;
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    PlacesCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"PLACE", "COUNTRY", "ADMIN1", "LAT", "LON", "DOCUMENTS", "EVENTS"});
            List<PlaceCount> places = s.places();
            for (PlaceCount p : places)
                rows.add(new String[]{p.name(), p.country() == null ? "" : p.country(), p.admin1() == null ? "" : p.admin1(),
                        String.format(Locale.ROOT, "%.4f", p.lat()), String.format(Locale.ROOT, "%.4f", p.lon()),
                        String.valueOf(p.documents()), String.valueOf(p.events())});
            EventsCommand.printTable(out, rows);
            out.println(places.size() + " places");
        }
        return Main.OK;
    }
}
