package org.faultline.cli;

import org.faultline.store.ActorCount;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline actors}: actors of the merged events, most active first. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Lists the actors of the merged events, most active first.")
final class ActorsCommand implements Callable<Integer> {
    private final PrintStream out;
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    ActorsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"CODE", "COUNTRY", "EVENTS", "NAME"});
            List<ActorCount> actors = s.actors();
            for (ActorCount a : actors)
                rows.add(new String[]{a.code(), a.country() == null ? "" : a.country(), String.valueOf(a.events()),
                        a.name() == null ? "" : a.name()});
            EventsCommand.printTable(out, rows);
            out.println(actors.size() + " actors");
        }
        return Main.OK;
    }
}
