package org.faultline.cli;

import org.faultline.Faultline;
import org.faultline.api.WebServer;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code faultline serve}: the web app and REST API over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the web app (map, timeline, actor network, claims, documents, review) and the REST API over the store.",
                "The first start prints an API token once; POST endpoints need it."})
final class ServeCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", converter = OptionValues.Port.class, description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;
    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1", converter = OptionValues.Host.class,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;
    @Option(names = "--new-token", description = "Issue and print one more API token at start.")
    boolean newToken;
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws InterruptedException {
        try (Store s = store.openExisting();
             WebServer web = WebServer.start(s, () -> Faultline.create(null), host, port, this::say)) {
            if (newToken) say("new API token (shown once): " + web.issueToken("serve --new-token"));
            web.join();
        }
        return Main.OK;
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
