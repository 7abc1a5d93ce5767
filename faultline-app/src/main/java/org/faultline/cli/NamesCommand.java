package org.faultline.cli;

import org.faultline.names.NameCount;
import org.faultline.names.NameQuery;
import org.faultline.names.Naming;
import org.faultline.names.PlaceNames;
import org.faultline.names.Tally;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.faultline.cli.Listing.col;

/** {@code faultline names}: which outlets and which speakers' countries write which name of a place, marked or not. */
@Command(name = "names", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists, for every place of several names, how often each name is written, by which outlets and by "
                + "speakers of which countries, when, and how often it is marked (scare quotes, 'so-called', 'occupied').",
                "One row per place and name (by: all), then one per outlet and one per speaker's country that wrote it; "
                        + "a speaker's country left empty is the outlet's own voice."})
final class NamesCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--place", paramLabel = "NAME", converter = OptionValues.Text.class,
            description = "Only the place with this name or other name (any case), e.g. Kyiv or Kiev.")
    String place;
    @Mixin
    Listing.FormatOption output = new Listing.FormatOption();
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    NamesCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            List<PlaceNames> places = Naming.of(s, new NameQuery(place));
            Listing l = new Listing(col("place", 30), col("place_country"), col("name", 30), col("by"), col("who", 30),
                    col("mentions"), col("marked"), col("markers", 30), col("first"), col("last"));
            for (PlaceNames p : places)
                for (NameCount c : p.uses()) {
                    String markers = c.markers().isEmpty() ? null : c.markers().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
                    l.add(p.place(), p.country(), c.name(), "all", null, c.mentions(), c.marked(), markers, day(c.first()), day(c.last()));
                    for (Tally t : c.outlets())
                        l.add(p.place(), p.country(), c.name(), "outlet", t.who(), t.mentions(), t.marked(), null, day(t.first()), day(t.last()));
                    for (Tally t : c.countries())
                        l.add(p.place(), p.country(), c.name(), "speaker_country", t.who(), t.mentions(), t.marked(), null,
                                day(t.first()), day(t.last()));
                }
            long marked = places.stream().mapToLong(PlaceNames::marked).sum();
            l.print(out, output.format, places.size() + " places of several names, " + marked + " marked mentions");
        }
        return Main.OK;
    }

    private static String day(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
