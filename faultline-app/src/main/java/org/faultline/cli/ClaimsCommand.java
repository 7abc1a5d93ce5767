package org.faultline.cli;

import org.faultline.store.Store;
import org.faultline.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline claims [--contested]}: stored claims; contested = an assertion a denial elsewhere contradicts. */
@Command(name = "claims", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists stored claims; --contested only the assertions that a denial contradicts.")
final class ClaimsCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--contested", description = "Only assertions contradicted by a denial (in any document).")
    boolean contested;
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    ClaimsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            List<StoredClaim> claims = s.claims(contested);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"EVENT", "DOCUMENT", "STANCE", "CLAIMANT", "CONTESTED BY", "TEXT"});
            for (StoredClaim c : claims) {
                String text = c.claim().evidence().text().replaceAll("\\s+", " ");
                rows.add(new String[]{c.eventId() == null ? "" : c.eventId(), c.documentId(), c.claim().stance(),
                        c.claim().claimant() == null ? "" : c.claim().claimant().code(),
                        c.contestedBy() == null ? "" : c.contestedBy(), text.length() > 100 ? text.substring(0, 97) + "..." : text});
            }
            EventsCommand.printTable(out, rows);
            out.println(claims.size() + (contested ? " contested claims" : " claims"));
        }
        return Main.OK;
    }
}
