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
 * and measures the latency of {@code GET /api/events} over HTTP, then of {@code /api/sources} and {@code /api/names}
 * (the synthetic documents have reporters, cited outlets, claims and denials, and places of several names).
 */
@Command(name = "api-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Fills a new store with N synthetic events (one document each, no NLP), serves it, and prints the "
                + "p50/p95/max latency of GET /api/events with varied filters over HTTP, then of GET /api/sources and "
                + "GET /api/names (source track records and naming politics).",
                "Targets: p95 <= 100 ms for events, <= 200 ms for sources and names."})
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
                boolean met = ms(nanos, 0.95) <= 100;
                String root = "http://127.0.0.1:" + web.port();
                met &= analysis(http, "/api/sources", List.of(root + "/api/sources", root + "/api/sources?country=RUS",
                        root + "/api/sources?key=actor:UKRMIL&key=outlet:mod.gov.ru&key=actor:IGOUNO", root + "/api/sources?limit=50"));
                met &= analysis(http, "/api/names", List.of(root + "/api/names", root + "/api/names?place=Marchland%203",
                        root + "/api/names?limit=10", root + "/api/names?place=Republic%20of%20Marchland%207"));
                return met ? Main.OK : Main.FAILED;
            }
        }
    }

    /**
     * One analysis endpoint: the first answer, which computes the analysis over the whole store, timed alone; then the
     * p50/p95/max of {@code requests} answers over the query mixes (read from the analysis kept until the store changes).
     */
    private boolean analysis(HttpClient http, String name, List<String> urls) throws IOException, InterruptedException {
        long s0 = System.nanoTime();
        long firstBytes = get(http, urls.get(0));
        double first = (System.nanoTime() - s0) / 1e6;
        for (int i = 0; i < 20; i++) get(http, urls.get(i % urls.size()));
        long[] nanos = new long[requests];
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            long s = System.nanoTime();
            bytes += get(http, urls.get(i % urls.size()));
            nanos[i] = System.nanoTime() - s;
        }
        Arrays.sort(nanos);
        boolean met = ms(nanos, 0.95) <= 200;
        out.printf(Locale.ROOT, "api-bench: GET %s: first answer (computed over the store) %.0f ms, %.0f KB; then %d query mixes x %d:"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms, %.0f KB per answer; target p95 <= 200 ms: %s%n",
                name, first, firstBytes / 1024.0, urls.size(), requests, ms(nanos, 0.50), ms(nanos, 0.95), nanos[nanos.length - 1] / 1e6,
                bytes / 1024.0 / requests, met ? "met" : "MISSED");
        return met;
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

    /** Reporters of the synthetic events: each side's defence ministry and government, monitors, witnesses. */
    private static final String[] OUTLETS = {"Mod.gov.ru", "Mil.gov.ua", "Sudan.gov.sd", "Army.gov.in", "Ispr.gov.pk", "Idf.il",
            "Bench Wire", "Monitor Daily"};
    /** Synthetic places of several names: "Marchland k", its other names "Old Marchland k" and "Republic of Marchland k". */
    private static final int CONTESTED = 40;
    private static final String[] MARKED = {"", "", "", "so-called ", "occupied ", "\"", "self-proclaimed "};

    /**
     * One synthetic document holding one event, with random actors, code, date and place; from a second random stream
     * of its own (so the events are those of earlier versions of this benchmark) a reporter, a cited outlet, a claim and
     * a denial, and a place of several names written in one of its names, marked or not.
     */
    static Document document(int i, Random r) {
        Document d = plainDocument(i, r);
        Random x = new Random(i * 7919L + 13);
        Event e = d.events().get(0);
        String[] a = {e.actor1().country(), e.actor1().sector()}, b = {e.actor2().country(), e.actor2().sector()};
        int who = x.nextInt(10);
        Actor reporter = who < 4 ? new Actor(a[0] + " defence ministry", a[0], "MIL", null, a[0] + "MIL")
                : who < 6 ? new Actor(b[0] + " government", b[0], "GOV", null, b[0] + "GOV")
                : who < 7 ? new Actor("UN monitors", null, "IGO", "UNO", "IGOUNO")
                : who < 8 ? new Actor("witnesses", null, null, null, null) : null;
        String text = d.article().text();
        org.faultline.model.Citation cit = null;
        if (x.nextInt(10) < 3) {
            String outlet = OUTLETS[x.nextInt(OUTLETS.length)];
            text = text + " (" + outlet + ")";
            cit = new org.faultline.model.Citation(outlet, e.date(), text.length() - outlet.length() - 1, text.length() - 1, e.evidence());
        }
        Evidence ev = new Evidence(0, 0, text.length(), text);
        e = new Event(e.id(), e.date(), e.actor1(), e.actor2(), e.cameo(), e.plover(), e.acledType(), e.acledSubType(), e.location(),
                e.fatalities(), reporter, cit, e.status(), ev);
        List<org.faultline.model.Claim> claims = new ArrayList<>();
        if (reporter != null && x.nextInt(10) < 4) {
            org.faultline.model.Claim c = new org.faultline.model.Claim(e.id() + "c0", reporter, "assert", text, e.id(), null, cit,
                    EventStatus.ASSERTED, ev);
            claims.add(c);
            if (x.nextInt(10) < 4) {
                String denial = " The " + b[0] + " government denied it.";
                Evidence dv = new Evidence(1, text.length() + 1, text.length() + denial.length(), denial.strip());
                text = text + denial;
                claims.add(new org.faultline.model.Claim(e.id() + "c1", new Actor(b[0] + " government", b[0], "GOV", null, b[0] + "GOV"),
                        "deny", denial.strip(), e.id(), c.id(), null, EventStatus.DENIED, dv));
            }
        }
        List<Place> places = new ArrayList<>(d.places());
        if (x.nextInt(2) == 0) {
            int k = x.nextInt(CONTESTED);
            String[] names = {"Marchland " + k, "Old Marchland " + k, "Republic of Marchland " + k};
            String name = names[x.nextInt(3)], mark = MARKED[x.nextInt(MARKED.length)];
            text = text + " Officials in " + mark + name + (mark.equals("\"") ? "\"" : "") + " said nothing.";
            places.add(new Place(names[0], names[0], a[0], null, 10 + k, 20 + k, "region", 2, List.of(names[1], names[2])));
        }
        Article art = d.article();
        return new Document(new Article(art.id(), art.source(), text, art.published(), art.publishedSource(), art.outlet(),
                art.title(), art.url()), List.of(e), claims, List.of(), List.of(), places, cit == null ? List.of() : List.of(cit),
                List.of(), List.of());
    }

    /** The event, document and place of {@link #document}, without sources or names. */
    private static Document plainDocument(int i, Random r) {
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
