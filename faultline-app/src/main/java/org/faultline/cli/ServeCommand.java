package org.faultline.cli;

import org.faultline.Faultline;
import org.faultline.api.WebServer;
import org.faultline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code faultline serve}: the web app and REST API over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the web app (map, timeline, actor network, claims, documents, review) and the REST API over the store.",
                "The first start prints an API token once; POST endpoints need it.",
                "Requests whose Host header names another host than this one are refused (a guard against DNS rebinding)."})
final class ServeCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", converter = OptionValues.Port.class, description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;
    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1", converter = OptionValues.Host.class,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;
    @Option(names = "--new-token", description = "Issue and print one more API token at start.")
    boolean newToken;
    @Option(names = "--allow-host", paramLabel = "NAME", split = ",", converter = OptionValues.Text.class,
            description = {"One more name the Host header may give (this machine's name, a proxy's); repeatable.",
                    "localhost, 127.0.0.1, [::1] and the --host address always work."})
    List<String> allowHosts = new ArrayList<>();
    @Option(names = "--read-token", description = "Reading the API (GET /api/...) needs the token too; the page itself loads without it.")
    boolean readToken;
    @Option(names = "--ingest-workers", paramLabel = "N", defaultValue = "1", converter = OptionValues.Positive.class,
            description = "Articles coded at once for POST /api/documents (default: ${DEFAULT-VALUE}).")
    int ingestWorkers;
    @Option(names = "--ingest-queue", paramLabel = "N", defaultValue = "8", converter = OptionValues.NotNegative.class,
            description = "Articles that may wait beyond those; more get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
    int ingestQueue;
    @Spec
    CommandSpec spec;
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    ServeCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws InterruptedException {
        WebServer.Options options;
        try {
            options = WebServer.options().host(host).port(port).readToken(readToken).ingest(ingestWorkers, ingestQueue);
            for (String name : allowHosts) options.allowHost(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "serve: " + e.getMessage());
        }
        try (Store s = store.openExisting();
             WebServer web = WebServer.start(s, () -> Faultline.create(null), options, this::say)) {
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
