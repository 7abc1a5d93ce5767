package org.faultline.cli;

import org.faultline.model.Actor;
import org.faultline.model.Quote;
import org.faultline.store.Store;
import org.faultline.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import static org.faultline.cli.Listing.col;
import static org.faultline.cli.Listing.hidden;

/** {@code faultline quotes}: the direct quotations of the stored documents and who said them. */
@Command(name = "quotes", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the direct quotations in stored documents and their speakers, as a table, JSON or CSV.")
final class QuotesCommand implements Callable<Integer> {
    private final PrintStream out;
    @Mixin
    Listing.FormatOption output = new Listing.FormatOption();
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    QuotesCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            List<StoredQuote> quotes = s.quotes();
            Listing l = new Listing(col("document"), hidden("quote"), col("speaker"), col("speaker_name", 30),
                    hidden("speaker_country"), col("text", 80), hidden("sentence"));
            for (StoredQuote sq : quotes) {
                Quote q = sq.quote();
                Actor who = q.speaker();
                l.add(sq.documentId(), q.id(), who == null ? null : who.code(), who == null ? null : who.name(),
                        who == null ? null : who.country(), q.text(), q.evidence().text().strip());
            }
            l.print(out, output.format, quotes.size() + " quotes");
        }
        return Main.OK;
    }
}
