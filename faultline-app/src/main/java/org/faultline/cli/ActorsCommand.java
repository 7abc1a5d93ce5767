package org.faultline.cli;

import org.faultline.store.ActorCount;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

import static org.faultline.cli.Listing.col;

/** {@code faultline actors}: actors of the merged events, most active first. */
@Command(name = "actors", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the actors of the merged events, most active first, as a table, JSON or CSV.")
final class ActorsCommand implements Callable<Integer> {
    private final PrintStream out;
    @Mixin
    Listing.FormatOption output = new Listing.FormatOption();
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    ActorsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            Listing l = new Listing(col("code"), col("country"), col("events"), col("name"));
            List<ActorCount> actors = s.actors();
            for (ActorCount a : actors) l.add(a.code(), a.country(), a.events(), a.name());
            l.print(out, output.format, actors.size() + " actors");
        }
        return Main.OK;
    }
}
