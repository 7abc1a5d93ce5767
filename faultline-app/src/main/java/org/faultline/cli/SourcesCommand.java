package org.faultline.cli;

import org.faultline.sources.SourceQuery;
import org.faultline.sources.SourceRecord;
import org.faultline.sources.SourceRecords;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.faultline.cli.Listing.col;
import static org.faultline.cli.Listing.hidden;

/** {@code faultline sources}: the track record of every reporter, cited outlet and claimant in the store. */
@Command(name = "sources", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the track record of every reporter, cited outlet and claimant in the store: claims made, how many "
                + "another side denied, how many a source of another side corroborated, how its death tolls compare with the "
                + "median of the other reports of the same incident, and its first and last claim days.",
                "It is a record of what others reported, not a verdict on truth."})
final class SourcesCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--country", paramLabel = "ISO3", converter = OptionValues.Country.class,
            description = "Only the sources of this country (an actor's; an outlet's web domain's).")
    String country;
    @Mixin
    Listing.FormatOption output = new Listing.FormatOption();
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    SourcesCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            List<SourceRecord> records = SourceRecords.of(s, new SourceQuery(country, null));
            Listing l = new Listing(col("source", 40), col("kind"), col("country"), col("claims"), col("denials"), col("denied"),
                    col("denied_by", 40), col("corroborated"), col("figures"), col("above"), col("above_by"), col("below"),
                    col("below_by"), col("first"), col("last"), hidden("key"));
            for (SourceRecord r : records)
                l.add(r.name(), r.kind(), r.country(), r.claims(), r.denials(), r.denied(), deniedBy(r.deniedBy()),
                        r.corroborated(), r.figures(), r.above(), r.aboveBy(), r.below(), r.belowBy(),
                        r.first() == null ? null : r.first().toString(), r.last() == null ? null : r.last().toString(), r.key());
            l.print(out, output.format, String.format(Locale.ROOT, "%d sources. A record of what others reported about each "
                    + "source's claims, not a verdict on their truth.", records.size()));
        }
        return Main.OK;
    }

    /** "Y (3); Z (1)". */
    static String deniedBy(Map<String, Integer> by) {
        return by.isEmpty() ? null : by.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining("; "));
    }
}
