package org.faultline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import org.faultline.Faultline;
import org.faultline.ingest.InputFormat;
import org.faultline.ingest.Inputs;
import org.faultline.ingest.ReadOptions;
import org.faultline.model.ActorMention;
import org.faultline.model.Article;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.DateMention;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.faultline.model.Quote;
import org.faultline.model.ReadResult;
import org.faultline.model.Relation;
import org.faultline.store.ActorCount;
import org.faultline.store.DocumentSummary;
import org.faultline.store.EventQuery;
import org.faultline.store.MergedEvent;
import org.faultline.store.PlaceSpan;
import org.faultline.store.Review;
import org.faultline.store.Store;
import org.faultline.store.StoreCounts;
import org.faultline.store.StoredClaim;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The faultline web server: REST API under {@code /api/}, OpenAPI spec at {@code /openapi.json}, UI at {@code /}.
 * <pre>{@code
 * try (WebServer web = WebServer.start(store, () -> Faultline.create(null), "127.0.0.1", 8080, System.out::println)) {
 *     web.join();
 * }
 * }</pre>
 * The first start over a store without tokens issues one and hands it to {@code announce} once; only its salted
 * hash is stored. POST endpoints need it as {@code Authorization: Bearer TOKEN}; with {@link Options#readToken} the
 * API's GET endpoints need it too. Requests whose Host header names another host are refused (DNS rebinding);
 * bodies are read through a bounded stream; articles go through a bounded queue ({@link Options#ingest}).
 */
public final class WebServer implements AutoCloseable {
    /** Largest request body accepted (an article with its metadata). */
    public static final long MAX_REQUEST_BYTES = 2L * 1024 * 1024;
    /** Largest review body accepted: a reviewer's name, an action and a few corrections. */
    public static final long MAX_REVIEW_BYTES = 64L * 1024;
    /** Events returned when the request names no limit, and the most it may ask for. */
    public static final int DEFAULT_LIMIT = 2000, MAX_LIMIT = 50_000;
    private static final int MAX_PARAM_CHARS = 200;
    private static final Set<String> EVENT_PARAMS = Set.of("actor", "country", "from", "to", "root", "type", "status",
            "near", "q", "limit", "format");
    private static final Set<String> REVIEW_FIELDS = Set.of("cameo", "actor1", "actor2", "place", "date", "fatalities");

    private final Store store;
    private final Supplier<Faultline> pipeline;
    private final ApiTokens tokens;
    private final Options options;
    private final HostCheck hosts;
    private final IngestGate ingest;
    private final Javalin app;
    private volatile Faultline loaded;
    /** Source track records and naming politics (issue 11), each computed again only when the store changes. */
    private final SourcesApi sources;
    private final NamesApi names;

    private WebServer(Store store, Supplier<Faultline> pipeline, Options options) {
        this.store = store;
        this.sources = new SourcesApi(store);
        this.names = new NamesApi(store);
        this.pipeline = pipeline;
        this.options = options;
        this.tokens = new ApiTokens(store);
        this.hosts = HostCheck.of(options.host, options.allowedHosts);
        this.ingest = new IngestGate(options.ingestWorkers, options.ingestQueue);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.defaultContentType = "application/json";
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/faultline/web";
                sf.location = Location.CLASSPATH;
                utf8Types(sf);
            });
            config.staticFiles.add(sf -> {   // enableWebjars(), with the charsets below
                sf.hostedPath = "/webjars";
                sf.directory = "META-INF/resources/webjars";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "max-age=31622400");
                utf8Types(sf);
            });
        });
        routes();
    }

    /**
     * Closes a connection whose request was refused part-way through its body, once the answer is written (see
     * {@link #answerNow}). Left open, Jetty would read the rest of the body to reuse the connection, for as long as
     * the client sent it.
     */
    private static final org.eclipse.jetty.server.HttpChannel.Listener CLOSE_AFTER_ANSWER =
            new org.eclipse.jetty.server.HttpChannel.Listener() {
                @Override
                public void onComplete(org.eclipse.jetty.server.Request request) {
                    if (request.getAttribute(Bodies.CLOSE_AFTER) == null) return;
                    var endPoint = request.getHttpChannel().getEndPoint();
                    endPoint.shutdownOutput();   // the answer, then FIN
                    endPoint.close();
                }
            };

    /** Text files are served as UTF-8 and say so: {@code text/html; charset=utf-8}. */
    private static void utf8Types(io.javalin.http.staticfiles.StaticFileConfig sf) {
        sf.mimeTypes.add("text/html; charset=utf-8", "html", "htm");
        sf.mimeTypes.add("text/javascript; charset=utf-8", "js", "mjs");
        sf.mimeTypes.add("text/css; charset=utf-8", "css");
        sf.mimeTypes.add("application/json; charset=utf-8", "json", "map");
        sf.mimeTypes.add("application/geo+json; charset=utf-8", "geojson");
        sf.mimeTypes.add("image/svg+xml; charset=utf-8", "svg");
        sf.mimeTypes.add("text/plain; charset=utf-8", "txt");
    }

    /** Where and how a server listens; {@link #options()} gives the defaults. */
    public static final class Options {
        private String host = "127.0.0.1";
        private int port = 8080;
        private final List<String> allowedHosts = new ArrayList<>();
        private boolean readToken;
        private int ingestWorkers = 1, ingestQueue = 8;

        private Options() {}

        /** The address to listen on (default 127.0.0.1, loopback only; 0.0.0.0 for every interface). */
        public Options host(String host) {
            if (host == null || host.isBlank()) throw new IllegalArgumentException("host '" + host + "' is empty");
            this.host = host.strip();
            return this;
        }

        /** The port (default 8080; 0: a free port). */
        public Options port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port " + port + " is not 0-65535");
            this.port = port;
            return this;
        }

        /** One more name the Host header may give (a proxy's or the machine's name); loopback names always work. */
        public Options allowHost(String name) {
            if (HostCheck.normalise(name) == null)
                throw new IllegalArgumentException("allowed host '" + name + "' is not a host name or IP address");
            allowedHosts.add(name.strip());
            return this;
        }

        /** Whether the API's GET endpoints need a token too (default: only writes do). */
        public Options readToken(boolean required) {
            this.readToken = required;
            return this;
        }

        /**
         * At most {@code workers} articles run through the pipeline at once and {@code queue} more wait; past that,
         * POST /api/documents answers 503 with Retry-After (default 1 and 8).
         */
        public Options ingest(int workers, int queue) {
            if (workers < 1 || workers > 64) throw new IllegalArgumentException("ingest workers " + workers + " is not 1-64");
            if (queue < 0 || queue > 10_000) throw new IllegalArgumentException("ingest queue " + queue + " is not 0-10000");
            this.ingestWorkers = workers;
            this.ingestQueue = queue;
            return this;
        }
    }

    /** The default options: 127.0.0.1:8080, loopback names only, tokens for writes, one worker and eight waiting. */
    public static Options options() {
        return new Options();
    }

    /**
     * Starts a server over {@code store} on {@code host}:{@code port} (0: a free port). {@code pipeline} is called once,
     * on the first article added. {@code announce} receives the startup lines, the new token among them.
     */
    public static WebServer start(Store store, Supplier<Faultline> pipeline, String host, int port, Consumer<String> announce) {
        return start(store, pipeline, options().host(host).port(port), announce);
    }

    /** As {@link #start(Store, Supplier, String, int, Consumer)}, with every option. */
    public static WebServer start(Store store, Supplier<Faultline> pipeline, Options options, Consumer<String> announce) {
        if (store == null) throw new IllegalArgumentException("store must not be null");
        if (pipeline == null) throw new IllegalArgumentException("pipeline must not be null");
        if (options == null) throw new IllegalArgumentException("options must not be null");
        if (announce == null) throw new IllegalArgumentException("announce must not be null");
        WebServer web = new WebServer(store, pipeline, options);
        if (!web.tokens.any()) {
            String token = web.tokens.issue("first start");
            announce.accept("API token (shown once; " + (options.readToken ? "every API request needs" : "write endpoints need")
                    + " it as 'Authorization: Bearer TOKEN'):");
            announce.accept("  " + token);
        }
        web.app.start(options.host, options.port);
        for (var connector : web.app.jettyServer().server().getConnectors())
            if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) c.addBean(CLOSE_AFTER_ANSWER);
        String shown = options.host.contains(":") ? "[" + options.host + "]" : options.host;
        announce.accept("faultline web app on http://" + shown + ":" + web.port() + "/ over " + store.url());
        if (!web.hosts.configured().isEmpty())
            announce.accept("answering to Host names localhost, 127.0.0.1, [::1], the bound address and " + String.join(", ", web.hosts.configured()));
        if (options.readToken) announce.accept("reading needs the token too (--read-token)");
        return web;
    }

    /** Issues an extra token (for example after the first one was lost); returns it once. */
    public String issueToken(String label) {
        return tokens.issue(label);
    }

    public int port() {
        return app.port();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }

    // ---- routes

    private void routes() {
        app.before(ctx -> {
            String refused = hosts.refusal(ctx.header("Host"));
            if (refused != null) throw new HttpResponseException(403, refused);
            // Javalin's default charset would outlive the static file handler's reset of the content type and come
            // out as "charset=null"; static files name their charset in their type (utf8Types) or have none
            if (!ctx.path().startsWith("/api/")) ctx.res().setCharacterEncoding(null);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                    + " script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
            for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet())
                for (String v : p.getValue())
                    if (v.length() > MAX_PARAM_CHARS)
                        throw new IllegalArgumentException("parameter '" + p.getKey() + "' is longer than " + MAX_PARAM_CHARS + " characters");
        });
        app.before("/api/*", ctx -> {
            String method = ctx.method().name();
            boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
            if (read && (!options.readToken || method.equals("OPTIONS"))) return;
            String auth = ctx.header("Authorization");
            String token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
            if (token == null) throw new HttpResponseException(401, read
                    ? "missing token: this server needs it for reading too (--read-token); send 'Authorization: Bearer TOKEN'"
                    : "missing token: send 'Authorization: Bearer TOKEN'");
            if (!tokens.valid(token)) throw new HttpResponseException(401, "token is not valid");
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> refuse(ctx, 400, e.getMessage()));
        app.exception(JsonProcessingException.class, (e, ctx) -> refuse(ctx, 400, "body is not valid JSON: "
                + e.getOriginalMessage() + (e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            e.getDetails().forEach(ctx::header);   // details are response headers: Retry-After
            refuse(ctx, e.getStatus(), e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> refuse(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "no such resource: " + ctx.path());
        });
        app.error(413, ctx -> {
            if (!ctx.res().isCommitted() && (ctx.result() == null || ctx.result().isEmpty()))
                error(ctx, 413, "request body is larger than " + MAX_REQUEST_BYTES + " bytes");
        });

        app.get("/docs", WebServer::docs);
        app.get("/api/stats", this::stats);
        app.get("/api/events", this::events);
        app.get("/api/events/{id}", this::event);
        app.get("/api/export", this::export);
        app.post("/api/events/{id}/review", this::review);
        app.get("/api/claims", this::claims);
        app.get("/api/actors", this::actors);
        app.get("/api/relations", this::relations);
        app.get("/api/documents", this::documents);
        app.get("/api/documents/{id}", this::document);
        app.post("/api/documents", this::addDocument);
        app.get("/api/cameo", this::cameoCodes);
        app.get("/api/cameo/{code}", this::cameo);
        app.get("/api/watch", ctx -> WatchApi.handle(ctx, store));
        app.get("/api/sources", sources::handle);
        app.get("/api/names", names::handle);
        app.get("/api/places/labels", PlaceLabels::handle);
    }

    /** {@code /docs}: Swagger UI (from its WebJar) rendering {@code /openapi.json}. */
    private static void docs(Context ctx) throws IOException {
        try (var in = WebServer.class.getResourceAsStream("/org/faultline/web/docs.html")) {
            if (in == null) throw new HttpResponseException(404, "no API docs page in this build");
            ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
        }
    }

    private static void error(Context ctx, int status, String message) {
        ObjectNode n = Json.object();
        n.put("status", status);
        n.put("error", message == null ? "error" : message);
        ctx.status(status).contentType("application/json").result(n.toString());
    }

    /**
     * An error answer. When the request's body was not read to its end (refused on its headers, its token, or past
     * its limit) and goes on past {@link Bodies#DRAIN_BYTES}, the answer goes out at once and the connection is
     * closed after it.
     */
    private static void refuse(Context ctx, int status, String message) {
        if (Bodies.unread(ctx) && !Bodies.drain(ctx, Bodies.DRAIN_BYTES)) {
            ctx.req().setAttribute(Bodies.CLOSE_AFTER, Boolean.TRUE);
            ctx.header("Connection", "close");
            answerNow(ctx, status, message);
        } else {
            error(ctx, status, message);
        }
    }

    /**
     * Writes the error answer at once, before the handler returns. Jetty, finding an answer not yet sent when the
     * request completes, first reads whatever body is still arriving; an answer already sent skips that, and the
     * connection is then closed ({@link #CLOSE_AFTER_ANSWER}).
     */
    private static void answerNow(Context ctx, int status, String message) {
        ObjectNode n = Json.object();
        n.put("status", status);
        n.put("error", message == null ? "error" : message);
        byte[] bytes = n.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var res = ctx.res();
        res.setStatus(status);
        res.setContentType("application/json");
        res.setContentLength(bytes.length);
        try {
            res.getOutputStream().write(bytes);
            res.flushBuffer();
        } catch (IOException e) {
            // the client is gone: nobody to answer, and the connection is closed all the same
        }
    }

    private static void json(Context ctx, JsonNode n) {
        ctx.contentType("application/json").result(n.toString());
    }

    private void stats(Context ctx) {
        StoreCounts c = store.counts();
        ObjectNode n = Json.object();
        n.put("documents", c.documents());
        n.put("reports", c.reports());
        n.put("claims", c.claims());
        n.put("merged_events", c.mergedEvents());
        n.put("reviews", c.reviews());
        n.put("store", store.url());
        ObjectNode queue = n.putObject("ingest");   // articles being read, coded or waiting, and how many may be
        queue.put("held", ingest.held());
        queue.put("capacity", ingest.capacity());
        json(ctx, n);
    }

    /** The filters of {@code faultline events}, from query parameters. */
    static EventQuery query(Context ctx) {
        for (String name : ctx.queryParamMap().keySet())
            if (!EVENT_PARAMS.contains(name))
                throw new IllegalArgumentException("unknown parameter '" + name + "'; known: " + String.join(", ",
                        EVENT_PARAMS.stream().sorted().toList()));
        String root = ctx.queryParam("root") != null ? ctx.queryParam("root") : ctx.queryParam("type");
        return EventQuery.parse(ctx.queryParam("actor"), ctx.queryParam("country"), ctx.queryParam("from"),
                ctx.queryParam("to"), root, ctx.queryParam("status"), ctx.queryParam("near"))
                .withText(ctx.queryParam("q")).withLimit(limit(ctx.queryParam("limit")));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static LocalDate date(String s, String name) {
        s = blankToNull(s);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + s + "' is not a date YYYY-MM-DD");
        }
    }

    private static int limit(String s) {
        s = blankToNull(s);
        if (s == null) return DEFAULT_LIMIT;
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit '" + s + "' is not a whole number");
        }
        if (n < 1 || n > MAX_LIMIT) throw new IllegalArgumentException("limit " + n + " is not 1-" + MAX_LIMIT);
        return n;
    }

    private void events(Context ctx) {
        String format = Optional.ofNullable(blankToNull(ctx.queryParam("format"))).orElse("json");
        if (!format.equals("json") && !format.equals("csv"))
            throw new IllegalArgumentException("format '" + format + "' is not json or csv");
        EventQuery q = query(ctx);
        List<MergedEvent> events = store.events(q);
        Map<String, List<Review>> reviews = store.reviews(events.stream().map(MergedEvent::id).toList());
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (MergedEvent m : events) arr.add(Json.merged(m, reviews.get(m.id())));
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"events.csv\"")
                    .result(EventCsv.write(arr));
            return;
        }
        ObjectNode n = Json.object();
        n.put("count", arr.size());
        n.put("limit", q.limit());
        n.put("truncated", arr.size() >= q.limit());
        n.set("events", arr);
        json(ctx, n);
    }

    /** The filtered events as a download: CSV, GeoJSON or ACLED CSV; without a limit, up to {@link #MAX_LIMIT}. */
    private void export(Context ctx) throws IOException {
        String name = blankToNull(ctx.queryParam("format"));
        if (name == null) throw new IllegalArgumentException("format is missing: csv, geojson or acled");
        EventExport.Kind kind = EventExport.Kind.named(name);
        EventQuery q = query(ctx);
        if (blankToNull(ctx.queryParam("limit")) == null) q = q.withLimit(MAX_LIMIT);
        List<MergedEvent> events = store.events(q);
        Map<String, List<Review>> reviews = store.reviews(events.stream().map(MergedEvent::id).toList());
        String body;
        if (kind.format == null) {
            ArrayNode arr = Json.MAPPER.createArrayNode();
            for (MergedEvent m : events) arr.add(Json.merged(m, reviews.get(m.id())));
            body = EventCsv.write(arr);
        } else {
            body = EventExport.write(kind.format, events, reviews);
        }
        ctx.header("X-Faultline-Events", String.valueOf(events.size()));
        ctx.contentType(kind.mediaType).header("Content-Disposition", "attachment; filename=\"" + kind.fileName + "\"").result(body);
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        MergedEvent m = store.event(id).orElseThrow(() -> new HttpResponseException(404, "no event '" + id + "'"));
        json(ctx, Json.merged(m, store.reviews(id)));
    }

    private void review(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        MergedEvent coded = store.event(id).orElseThrow(() -> new HttpResponseException(404, "no event '" + id + "'"));
        JsonNode body = Json.MAPPER.readTree(Bodies.utf8(Bodies.read(ctx, MAX_REVIEW_BYTES)));
        if (body == null || !body.isObject()) throw new IllegalArgumentException("body is not a JSON object {reviewer, action, corrections}");
        String reviewer = string(body, "reviewer");
        if (reviewer == null || reviewer.isBlank() || reviewer.length() > 100)
            throw new IllegalArgumentException("reviewer '" + reviewer + "' is not a name of 1-100 characters");
        String action = string(body, "action");
        if (!"confirm".equals(action) && !"correct".equals(action) && !"reject".equals(action))
            throw new IllegalArgumentException("action '" + action + "' is not confirm, correct or reject");
        Map<String, String> corrections = new LinkedHashMap<>();
        JsonNode c = body.get("corrections");
        if (c != null && !c.isNull()) {
            if (!c.isObject()) throw new IllegalArgumentException("corrections is not a JSON object");
            var fields = c.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                if (!REVIEW_FIELDS.contains(f.getKey()))
                    throw new IllegalArgumentException("correction field '" + f.getKey() + "' is not one of "
                            + String.join(", ", REVIEW_FIELDS.stream().sorted().toList()));
                if (f.getValue().isNull()) continue;
                if (f.getKey().equals("place")) corrections.putAll(PlaceCorrection.resolve(f.getValue(), coded.event().location()));
                else if (f.getValue().isContainerNode())
                    throw new IllegalArgumentException(f.getKey() + " is not a single value");
                else corrections.put(f.getKey(), checked(f.getKey(), f.getValue().asText()));
            }
        }
        if (action.equals("correct") && corrections.isEmpty())
            throw new IllegalArgumentException("action 'correct' needs at least one correction");
        if (!action.equals("correct") && !corrections.isEmpty())
            throw new IllegalArgumentException("action '" + action + "' takes no corrections; use 'correct'");
        reviewer = reviewer.strip();
        store.review(id, "action", action, reviewer);
        for (Map.Entry<String, String> e : corrections.entrySet()) store.review(id, e.getKey(), e.getValue(), reviewer);
        ctx.status(HttpStatus.CREATED);
        json(ctx, Json.merged(store.event(id).orElseThrow(), store.reviews(id)));
    }

    /** A string field, or null when absent; any other JSON type is refused, naming the field. */
    private static String string(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            String kind = v.getNodeType().name().toLowerCase(Locale.ROOT);
            String shown = v.isValueNode() ? " (" + (v.toString().length() > 40 ? v.toString().substring(0, 40) + "..." : v) + ")" : "";
            throw new IllegalArgumentException("field '" + field + "' is " + (kind.matches("[aeiou].*") ? "an " : "a ") + kind
                    + shown + ", not a string");
        }
        return Bodies.wellFormed(field, v.textValue());
    }

    /** A corrected value, checked like the pipeline's own. */
    static String checked(String field, String value) {
        String v = value.strip();
        switch (field) {
            case "cameo" -> {
                if (!v.matches("\\d{3,4}") || Json.cameo(v).isEmpty())
                    throw new IllegalArgumentException("cameo '" + value + "' is not a known CAMEO event code");
            }
            case "date" -> {
                if (!v.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) throw new IllegalArgumentException("date '" + value + "' is not YYYY[-MM[-DD]]");
                PartialDate.parse(v);
            }
            case "fatalities" -> {
                if (!v.matches("\\d{1,7}")) throw new IllegalArgumentException("fatalities '" + value + "' is not a whole number 0 or more");
            }
            case "actor1", "actor2" -> {
                if (!v.matches("[A-Z0-9]{3,30}"))
                    throw new IllegalArgumentException(field + " '" + value + "' is not a CAMEO actor code (RUSMIL, SDNREB, ...)");
            }
            case "place" -> {
                if (v.isEmpty() || v.length() > 200) throw new IllegalArgumentException("place '" + value + "' is not a name of 1-200 characters");
            }
            default -> throw new IllegalArgumentException("correction field '" + field + "' is unknown");
        }
        return v;
    }

    private void claims(Context ctx) {
        String contested = Optional.ofNullable(blankToNull(ctx.queryParam("contested"))).orElse("false");
        if (!contested.equals("true") && !contested.equals("false"))
            throw new IllegalArgumentException("contested '" + contested + "' is not true or false");
        List<StoredClaim> all = store.claims(false);
        Map<String, StoredClaim> byKey = new HashMap<>();
        for (StoredClaim c : all) byKey.put(c.documentId() + "/" + c.claim().id(), c);
        Map<String, Document> docs = new HashMap<>();
        Map<String, Optional<MergedEvent>> events = new HashMap<>();
        ArrayNode claims = Json.MAPPER.createArrayNode();
        ArrayNode pairs = Json.MAPPER.createArrayNode();
        for (StoredClaim c : all) {
            if (contested.equals("true") && !c.contested()) continue;
            claims.add(Json.claim(c));
            if (c.contested() && c.contestedBy() != null && pairs.size() < 500) {
                StoredClaim denial = byKey.get(c.contestedBy());
                ObjectNode p = pairs.addObject();
                Event about = c.eventId() == null ? null
                        : events.computeIfAbsent(c.eventId(), store::event).map(MergedEvent::event).orElse(null);
                p.put("event", c.eventId());
                if (about != null) p.set("about", Json.event(about));   // what the board heads the pair with
                p.set("claim", side(c, docs, about));
                p.set("denial", denial == null ? null : side(denial, docs, about));
            }
        }
        ObjectNode n = Json.object();
        n.put("count", claims.size());
        n.set("claims", claims);
        n.set("pairs", pairs);
        json(ctx, n);
    }

    /**
     * One side of a contested pair: the claim, its claimants (both sides of the event where it says "both governments"),
     * its source and date, and the text around its evidence, cut at word boundaries.
     */
    private ObjectNode side(StoredClaim c, Map<String, Document> docs, Event about) {
        ObjectNode n = Json.claim(c);
        ArrayNode claimants = n.putArray("claimants");
        for (org.faultline.model.Actor a : Claimants.of(c.claim(), about)) claimants.add(Json.actor(a));
        Document d = docs.computeIfAbsent(c.documentId(), id -> store.document(id).orElse(null));
        if (d == null) return n;
        Article a = d.article();
        n.put("outlet", a.outlet());
        n.put("title", a.title());
        n.put("published", a.published() == null ? null : a.published().toString());
        Claim cl = c.claim();
        String source = cl.citation() != null ? cl.citation().outlet() : cl.claimant() != null ? cl.claimant().name() : a.outlet();
        n.put("source", source);
        String date = cl.citation() != null && cl.citation().date() != null ? cl.citation().date().toString()
                : a.published() == null ? null : a.published().toString();
        n.put("date", date);
        String text = a.text();
        int s = Math.max(0, Math.min(cl.evidence().start(), text.length())), e = Math.max(s, Math.min(cl.evidence().end(), text.length()));
        int from = paragraphStart(text, s), to = paragraphEnd(text, e);
        ObjectNode ctxNode = n.putObject("context");
        ctxNode.put("before", text.substring(from, s));
        ctxNode.put("evidence", text.substring(s, e));
        ctxNode.put("after", text.substring(e, to));
        ctxNode.put("cut_before", from > 0 && !text.startsWith("\n\n", from - 2));   // the paragraph goes on before
        ctxNode.put("cut_after", to < text.length() && !text.startsWith("\n\n", to));
        return n;
    }

    /** Where the context before {@code at} starts: its paragraph's start, or a word's start at most 400 characters back. */
    static int paragraphStart(String text, int at) {
        int p = text.lastIndexOf("\n\n", at);
        int from = p < 0 ? 0 : p + 2;
        if (from >= at - 400) return from;
        int cut = at - 400;
        while (cut < at && !Character.isWhitespace(text.charAt(cut - 1))) cut++;   // not inside a word
        while (cut < at && Character.isWhitespace(text.charAt(cut))) cut++;
        return cut;
    }

    /** Where the context after {@code at} ends: its paragraph's end, or a word's end at most 400 characters on. */
    static int paragraphEnd(String text, int at) {
        int p = text.indexOf("\n\n", at);
        int to = p < 0 ? text.length() : p;
        if (to <= at + 400) return to;
        int cut = at + 400;
        while (cut > at && !Character.isWhitespace(text.charAt(cut))) cut--;
        while (cut > at && Character.isWhitespace(text.charAt(cut - 1))) cut--;
        return cut;
    }

    private void actors(Context ctx) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (ActorCount a : store.actors()) {
            ObjectNode n = arr.addObject();
            n.put("code", a.code());
            n.put("name", a.name());
            n.put("country", a.country());
            n.put("events", a.events());
        }
        ObjectNode n = Json.object();
        n.set("actors", arr);
        json(ctx, n);
    }

    private void relations(Context ctx) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (Relation r : store.relations()) {
            ObjectNode n = arr.addObject();
            n.set("a", Json.actor(r.a()));
            n.set("b", Json.actor(r.b()));
            n.put("kind", r.kind());
            n.set("evidence", Json.evidence(r.evidence()));
        }
        ObjectNode n = Json.object();
        n.set("relations", arr);
        json(ctx, n);
    }

    private void documents(Context ctx) {
        String l = blankToNull(ctx.queryParam("limit"));
        int limit;
        try {
            limit = l == null ? 200 : Integer.parseInt(l);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit '" + l + "' is not a whole number");
        }
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit " + limit + " is not 1-10000");
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (DocumentSummary d : store.documents(limit)) {
            ObjectNode n = arr.addObject();
            n.put("id", d.id());
            n.put("title", d.title());
            n.put("outlet", d.outlet());
            n.put("url", d.url());
            n.put("published", d.published() == null ? null : d.published().toString());
            n.put("events", d.events());
            n.put("claims", d.claims());
        }
        ObjectNode n = Json.object();
        n.set("documents", arr);
        json(ctx, n);
    }

    private void document(Context ctx) {
        String id = ctx.pathParam("id");
        Document d = store.document(id).orElseThrow(() -> new HttpResponseException(404, "no document '" + id + "'"));
        json(ctx, documentJson(d, store.placeSpans(id)));
    }

    /** The document with its extraction; {@code placeSpans} say where the text names each of its places. */
    static ObjectNode documentJson(Document d, List<PlaceSpan> placeSpans) {
        Article a = d.article();
        ObjectNode n = Json.object();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("outlet", a.outlet());
        n.put("url", a.url());
        n.put("published", a.published() == null ? null : a.published().toString());
        n.put("text", a.text());
        ArrayNode events = n.putArray("events");
        for (Event e : d.events()) {
            ObjectNode en = Json.event(e);
            en.set("reported_by", Json.actor(e.reportedBy()));
            en.set("citation", Json.citation(e.citation()));
            events.add(en);
        }
        ArrayNode claims = n.putArray("claims");
        for (Claim c : d.claims()) claims.add(Json.claim(new StoredClaim(a.id(), null, false, null, c)));
        ArrayNode quotes = n.putArray("quotes");
        for (Quote q : d.quotes()) {
            ObjectNode qn = quotes.addObject();
            qn.put("text", q.text());
            qn.put("start", q.start());
            qn.put("end", q.end());
            qn.set("speaker", Json.actor(q.speaker()));
        }
        ArrayNode citations = n.putArray("citations");
        for (Citation c : d.citations()) citations.add(Json.citation(c));
        ArrayNode actors = n.putArray("actors");
        for (ActorMention m : d.actors()) {
            ObjectNode an = actors.addObject();
            an.put("text", m.text());
            an.put("start", m.start());
            an.put("end", m.end());
            an.set("actor", Json.actor(m.actor()));
        }
        ArrayNode places = n.putArray("places");
        for (Place p : d.places()) places.add(Json.place(p));
        ArrayNode placeMentions = n.putArray("place_mentions");
        for (PlaceSpan s : placeSpans) {
            if (s.place() >= d.places().size()) continue;
            ObjectNode pn = placeMentions.addObject();
            pn.put("place", s.place());
            pn.put("text", s.text());
            pn.put("start", s.start());
            pn.put("end", s.end());
        }
        ArrayNode dates = n.putArray("dates");
        for (DateMention m : d.dates()) {
            ObjectNode dn = dates.addObject();
            dn.put("text", m.text());
            dn.put("start", m.start());
            dn.put("end", m.end());
            dn.put("date", m.date().toString());
        }
        ArrayNode relations = n.putArray("relations");
        for (Relation r : d.relations()) {
            ObjectNode rn = relations.addObject();
            rn.set("a", Json.actor(r.a()));
            rn.set("b", Json.actor(r.b()));
            rn.put("kind", r.kind());
            rn.set("evidence", Json.evidence(r.evidence()));
        }
        return n;
    }

    private void addDocument(Context ctx) throws Exception {
        String contentType = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        boolean json = contentType.startsWith("application/json");
        if (!json && !contentType.startsWith("text/plain") && !contentType.startsWith("text/html"))
            throw new IllegalArgumentException("content type '" + contentType + "' is not application/json, text/plain or text/html");
        Bodies.checkAnnounced(ctx, MAX_REQUEST_BYTES);
        // a place in the bounded queue before the body is read: the bodies held at once are bounded too
        IngestGate.Ticket ticket = ingest.enter();
        if (ticket == null)
            throw new HttpResponseException(503, "the server is busy: " + ingest.capacity() + " articles are being read, coded"
                    + " or waiting; try again later", Map.of("Retry-After", String.valueOf(ingest.retryAfterSeconds())));
        try (ticket) {
            byte[] bytes = Bodies.read(ctx, MAX_REQUEST_BYTES);
            String format = "text", title = null, outlet = null, url = null, published = null;
            byte[] textBytes;
            if (json) {
                JsonNode body = Json.MAPPER.readTree(Bodies.utf8(bytes));
                if (body == null || !body.isObject()) throw new IllegalArgumentException("body is not a JSON object {text, title, ...}");
                String text = string(body, "text");
                format = Optional.ofNullable(string(body, "format")).orElse("text");
                title = string(body, "title");
                outlet = string(body, "outlet");
                url = string(body, "url");
                published = string(body, "published");
                if (text == null || text.isBlank()) throw new IllegalArgumentException("text is empty");
                textBytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } else {
                textBytes = bytes;   // the raw bytes: the readers below check them as the command line does
                if (contentType.startsWith("text/html")) format = "html";
            }
            if (!format.equals("text") && !format.equals("html"))
                throw new IllegalArgumentException("format '" + format + "' is not text or html");
            LocalDate date = date(published, "published");
            for (String[] f : new String[][]{{"title", title}, {"outlet", outlet}, {"url", url}})
                if (f[1] != null && f[1].length() > 1000) throw new IllegalArgumentException(f[0] + " is longer than 1000 characters");
            List<ReadResult> read = Inputs.read("request body", textBytes, format.equals("html") ? InputFormat.HTML : InputFormat.TEXT,
                    ReadOptions.defaults());
            ReadResult r = read.get(0);
            if (!r.ok()) throw new IllegalArgumentException("article cannot be read: " + (json ? "field 'text': " : "")
                    + r.error().reason());
            Article in = r.article();
            Article article = new Article(in.id(), "web", in.text(), date != null ? date : in.published(),
                    date != null ? "input" : in.publishedSource(), outlet != null ? outlet : in.outlet(),
                    title != null ? title : in.title(), url != null ? url : in.url());
            boolean known = store.contains(article.id());
            Document d = known ? store.document(article.id()).orElseThrow() : ticket.run(() -> pipeline().process(article));
            if (!known) store.put(d);
            ObjectNode n = documentJson(d, store.placeSpans(d.article().id()));
            n.put("created", !known);
            ctx.status(known ? HttpStatus.OK : HttpStatus.CREATED);
            json(ctx, n);
        }
    }

    private Faultline pipeline() {
        Faultline f = loaded;
        if (f == null) {
            synchronized (this) {
                if (loaded == null) loaded = pipeline.get();
                f = loaded;
            }
        }
        return f;
    }

    /** Every CAMEO event code the server knows (lexicon/cameo.txt): what the review form picks from. */
    private void cameoCodes(Context ctx) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (var c : Json.cameoCodes()) {
            ObjectNode n = arr.addObject();
            n.put("code", c.code());
            n.put("name", c.name());
            n.put("goldstein", c.goldstein());
            n.put("quad", c.quadClass());
        }
        ObjectNode n = Json.object();
        n.put("count", arr.size());
        n.set("codes", arr);
        json(ctx, n);
    }

    private void cameo(Context ctx) {
        String code = ctx.pathParam("code");
        if (!code.matches("\\d{2,4}")) throw new IllegalArgumentException("CAMEO code '" + code + "' is not 2 to 4 digits");
        var c = Json.cameo(code).orElseThrow(() -> new HttpResponseException(404, "no CAMEO code '" + code + "'"));
        ObjectNode n = Json.object();
        n.put("code", c.code());
        n.put("name", c.name());
        n.put("goldstein", c.goldstein());
        n.put("quad", c.quadClass());
        n.put("plover", c.plover());
        n.put("acled_type", c.acledType());
        json(ctx, n);
    }
}
