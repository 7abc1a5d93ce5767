package org.faultline.cli;

import org.faultline.model.Actor;
import org.faultline.store.Store;
import org.faultline.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import static org.faultline.cli.Listing.col;
import static org.faultline.cli.Listing.hidden;

/** {@code faultline claims [--contested]}: stored claims; contested = an assertion a denial elsewhere contradicts. */
@Command(name = "claims", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists stored claims as a table, JSON or CSV; --contested only the assertions that a denial contradicts.")
final class ClaimsCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--contested", description = "Only assertions contradicted by a denial (in any document).")
    boolean contested;
    @Mixin
    Listing.FormatOption output = new Listing.FormatOption();
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    ClaimsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            List<StoredClaim> claims = s.claims(contested);
            Listing l = new Listing(col("event"), col("document"), hidden("claim"), col("stance"), hidden("status"),
                    col("claimant"), hidden("claimant_name"), hidden("claimant_country"), hidden("contested"),
                    col("contested_by"), col("text", 100));
            for (StoredClaim c : claims) {
                Actor who = c.claim().claimant();
                l.add(c.eventId(), c.documentId(), c.claim().id(), c.claim().stance(), c.claim().status() == null ? null : c.claim().status().label(),
                        who == null ? null : who.code(), who == null ? null : who.name(), who == null ? null : who.country(),
                        c.contested(), c.contestedBy(), c.claim().evidence().text().strip());
            }
            l.print(out, output.format, claims.size() + (contested ? " contested claims" : " claims"));
        }
        return Main.OK;
    }
}
