package org.faultline.cli;

import org.faultline.api.WebServer;
import org.faultline.model.Actor;
import org.faultline.model.Article;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.faultline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * {@code faultline api-bench}: fills a store with synthetic events (no NLP), starts the web server on a free port
 * and measures the latency of {@code GET /api/events} over HTTP.
 */
@Command(name = "api-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fills a new store with N synthetic events (one document each, no NLP), serves it, and prints the "
                + "p50/p95/max latency of GET /api/events with varied filters over HTTP.", "Target: p95 <= 100 ms."})
final class ApiBenchCommand implements Callable<Integer> {
    private final PrintStream out, err;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", defaultValue = "100000", converter = OptionValues.Positive.class,
            description = "Synthetic events to store (default: ${DEFAULT-VALUE}).")
    int events;
    @Option(names = "--requests", paramLabel = "N", defaultValue = "200", converter = OptionValues.Positive.class,
            description = "Timed requests, after 20 untimed ones (default: ${DEFAULT-VALUE}).")
    int requests;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "500", converter = ApiLimit.class,
            description = "Events per answer, 1-" + WebServer.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "7",
            description = "Seed of the synthetic events and of the filters asked for (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--data", paramLabel = "DIR", converter = OptionValues.Folder.class,
            description = "Embedded store folder; must be new or empty (default: a temporary folder).")
    Path data;

    /** A limit the API accepts. */
    static final class ApiLimit implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = new OptionValues.Positive().convert(value);
            if (n > WebServer.MAX_LIMIT)
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is more than the API's largest limit, " + WebServer.MAX_LIMIT);
            return n;
        }
    }

    private static final String[][] SIDES = {{"RUS", "MIL"}, {"UKR", "MIL"}, {"SDN", "REB"}, {"SDN", "MIL"}, {"MLI", "MIL"},
            {"MLI", "REB"}, {"IND", "MIL"}, {"PAK", "MIL"}, {"ISR", "MIL"}, {"SYR", "GOV"}, {"COD", "REB"}, {"ETH", "MIL"}};
    private static final String[] CAMEO = {"190", "193", "194", "195", "1951", "183", "173", "112", "111", "036", "042", "138"};

    ApiBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = data != null ? data : Files.createTempDirectory("faultline-api-bench");
        Random random = new Random(seed);
        try (Store store = Store.open(null, dir)) {
            if (store.counts().documents() > 0)
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--data '" + dir + "' holds a store that is not empty; name a new folder");
            long t0 = System.nanoTime();
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                batch.add(document(i, random));
                if (batch.size() == 1000 || i == events - 1) {
                    store.putAll(batch);
                    batch.clear();
                }
                if (i % 10_000 == 9_999) err.printf(Locale.ROOT, "api-bench: stored %d events%n", i + 1);
            }
            long t1 = System.nanoTime();
            int merged = store.rebuildMerged();
            long t2 = System.nanoTime();
            out.printf(Locale.ROOT, "api-bench: %d documents stored in %.1f s, %d merged events built in %.1f s (%s)%n",
                    events, (t1 - t0) / 1e9, merged, (t2 - t1) / 1e9, dir);
            try (WebServer web = WebServer.start(store, () -> {
                throw new IllegalStateException("api-bench adds no articles");
            }, "127.0.0.1", 0, line -> { })) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + web.port() + "/api/events?limit=" + limit;
                List<String> queries = new ArrayList<>();
                for (int i = 0; i < 20; i++) queries.add(query(base, random));
                for (int i = 0; i < 20; i++) get(http, queries.get(i % queries.size()));   // warm-up
                long[] nanos = new long[requests];
                long bytes = 0;
                for (int i = 0; i < requests; i++) {
                    long s = System.nanoTime();
                    bytes += get(http, queries.get(i % queries.size()));
                    nanos[i] = System.nanoTime() - s;
                }
                Arrays.sort(nanos);
                out.printf(Locale.ROOT, "api-bench: GET /api/events (limit %d, %d filter mixes) x %d over %d merged events:"
                                + " p50 %.1f ms, p95 %.1f ms, max %.1f ms, %.0f KB per answer; target p95 <= 100 ms: %s%n",
                        limit, queries.size(), requests, merged, ms(nanos, 0.50), ms(nanos, 0.95), nanos[nanos.length - 1] / 1e6,
                        bytes / 1024.0 / requests, ms(nanos, 0.95) <= 100 ? "met" : "MISSED");
                return ms(nanos, 0.95) <= 100 ? Main.OK : Main.FAILED;
            }
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String query(String base, Random r) {
        LocalDate from = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(1000));
        return switch (r.nextInt(5)) {
            case 0 -> base;
            case 1 -> base + "&from=" + from + "&to=" + from.plusDays(30);
            case 2 -> base + "&actor=" + SIDES[r.nextInt(SIDES.length)][0];
            case 3 -> base + "&root=19&status=asserted";
            default -> base + "&country=" + SIDES[r.nextInt(SIDES.length)][0] + "&from=" + from;
        };
    }

    private static long get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + url + " answered " + r.statusCode());
        return r.body().length;
    }

    /** One synthetic document holding one event, with random actors, code, date and place. */
    static Document document(int i, Random r) {
        String[] a = SIDES[r.nextInt(SIDES.length)], b = SIDES[r.nextInt(SIDES.length)];
        LocalDate day = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(1100));
        double lat = -10 + r.nextDouble() * 60, lon = -10 + r.nextDouble() * 90;
        String text = "Synthetic report " + i + ": forces of " + a[0] + " and " + b[0] + " clashed near point " + i + ".";
        Article article = new Article(String.format(Locale.ROOT, "bench%08d", i), "api-bench", text, day, "input",
                "Bench Wire " + (i % 17), "Synthetic report " + i, null);
        Actor a1 = new Actor(a[0] + " " + a[1], a[0], a[1], null, a[0] + a[1]);
        Actor a2 = new Actor(b[0] + " " + b[1], b[0], b[1], null, b[0] + b[1]);
        Place place = new Place("Point " + i, "Point " + i, a[0], null, lat, lon, "city", 1, List.of());
        EventStatus[] statuses = EventStatus.values();
        Event e = new Event("b" + i + "e0", PartialDate.of(day), a1, a2, CAMEO[r.nextInt(CAMEO.length)], null, null, null,
                place, r.nextInt(4) == 0 ? r.nextInt(20) : null, null, null, statuses[r.nextInt(statuses.length)],
                new Evidence(0, 0, text.length(), text));
        return new Document(article, List.of(e), List.of(), List.of(), List.of(), List.of(place), List.of(), List.of(), List.of());
    }
}
