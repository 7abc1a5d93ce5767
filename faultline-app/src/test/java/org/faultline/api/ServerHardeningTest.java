package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.Faultline;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server safe to leave running (issue 13): bounded bodies however they are sent, a bounded ingest queue, the Host
 * check against DNS rebinding, the optional read token, charsets on static files, and the command line's input checks.
 * Each test starts its own real server on a free port over its own H2 store.
 */
class ServerHardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One server over a fresh store holding a few generated articles. */
    static final class Served implements AutoCloseable {
        final Store store;
        final WebServer server;
        final String token;
        final List<String> announced = Collections.synchronizedList(new ArrayList<>());

        Served(WebServer.Options options, Supplier<Faultline> pipeline) throws IOException {
            Path dir = Files.createTempDirectory("faultline-hardening");
            store = Store.open(null, dir);
            for (GeneratedArticle g : CorpusGenerator.generate(13, 4).articles()) store.put(g.expected());
            server = WebServer.start(store, pipeline, options.port(0), announced::add);
            token = announced.stream().map(String::strip).filter(s -> s.startsWith("flt_")).findFirst().orElseThrow();
        }

        Served(WebServer.Options options) throws IOException {
            this(options, () -> {
                throw new IllegalStateException("this test codes no article");
            });
        }

        int port() {
            return server.port();
        }

        String base() {
            return "http://127.0.0.1:" + port();
        }

        HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
            if (bearer != null) b.header("Authorization", "Bearer " + bearer);
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
            return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        String head(String method, String path, String host, String... extra) {
            StringBuilder b = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            for (String h : extra) b.append(h).append("\r\n");
            return b.append("\r\n").toString();
        }

        @Override
        public void close() {
            server.close();
            store.close();
        }
    }

    private static String error(String body) throws IOException {
        return JSON.readTree(body).get("error").asText();
    }

    // ---- 1. bounded bodies

    @Test
    @Timeout(120)
    void aChunkedUploadFarOverTheLimitGets413AndTheServerGoesOn() throws Exception {
        try (Served s = new Served(WebServer.options())) {
            RawHttp.Answer a = streamChunked(s, "413", "Authorization: Bearer " + s.token);
            assertEquals(413, a.status(), a.body());
            assertTrue(error(a.body()).contains(String.valueOf(WebServer.MAX_REQUEST_BYTES)), "the limit is named: " + a.body());
            // refused before the body is read: without a token, or from another host
            assertEquals(401, streamChunked(s, "401").status());
            assertEquals(403, streamChunked(s, "403", "Host: evil.example").status());

            assertEquals(200, s.get("/api/stats", null).statusCode(), "the server goes on");
            HttpResponse<String> next = s.post("/api/documents", "application/json", "{\"text\": 5}");
            assertEquals(400, next.statusCode(), "and reads the next body: " + next.body());
            assertEquals(0, JSON.readTree(s.get("/api/stats", null).body()).get("ingest").get("held").asInt());
        }
    }

    /**
     * Streams a 600 MB chunked body to POST /api/documents (never held in memory here either) and returns the answer,
     * asserting that it came at once, with {@code Connection: close}, and that the server stopped reading.
     */
    private static RawHttp.Answer streamChunked(Served s, String label, String... headers) throws Exception {
        long total = 600L * 1024 * 1024;
        try (RawHttp c = new RawHttp(s.port())) {
            List<String> all = new ArrayList<>(List.of("Content-Type: text/plain", "Transfer-Encoding: chunked"));
            all.addAll(List.of(headers));
            String host = all.stream().filter(h -> h.startsWith("Host: ")).findFirst().map(h -> h.substring(6))
                    .orElse("127.0.0.1:" + s.port());
            all.removeIf(h -> h.startsWith("Host: "));
            c.write(s.head("POST", "/api/documents", host, all.toArray(String[]::new)));
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                byte[] chunk = ("the army shelled the town. ".repeat(2427)).getBytes(StandardCharsets.US_ASCII);   // ~64 KB
                byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < total) {
                        c.out.write(size);
                        c.out.write(chunk);
                        c.out.write(new byte[]{'\r', '\n'});
                        sent.addAndGet(chunk.length);
                    }
                    c.out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    c.out.flush();
                } catch (IOException e) {
                    // expected: the server answered and closed the connection instead of reading 600 MB
                }
            });
            RawHttp.Answer a = c.answer();
            assertEquals("close", a.header("Connection"), label + ": " + a.headers());
            writer.get(60, TimeUnit.SECONDS);
            assertTrue(sent.get() < 100L * 1024 * 1024,
                    label + ": the server stopped reading, not after " + sent.get() / (1024 * 1024) + " MB");
            System.out.printf("chunked upload of %d MB: %d after %.1f MB sent%n", total >> 20, a.status(), sent.get() / 1048576.0);
            return a;
        }
    }

    @Test
    @Timeout(60)
    void everyPostEndpointRefusesAnOversizedBodySentEitherWay() throws Exception {
        try (Served s = new Served(WebServer.options())) {
            // announced too large: refused on the header, with the first bytes of the body
            RawHttp.Answer announced = RawHttp.send(s.port(), s.head("POST", "/api/documents", "localhost:" + s.port(),
                    "Authorization: Bearer " + s.token, "Content-Type: text/plain", "Content-Length: 700000000"), new byte[65536]);
            assertEquals(413, announced.status(), announced.body());
            assertEquals("close", announced.header("Connection"));
            assertTrue(error(announced.body()).contains("700000000 bytes announced"), announced.body());

            String event = JSON.readTree(s.get("/api/events?limit=1", null).body()).get("events").get(0).get("id").asText();
            byte[] review = ("{\"reviewer\":\"ana\",\"action\":\"confirm\",\"note\":\"" + "x".repeat(100_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            for (String path : List.of("/api/documents", "/api/events/" + event + "/review")) {
                byte[] body = path.endsWith("review") ? review : new byte[3 * 1024 * 1024];
                if (!path.endsWith("review")) java.util.Arrays.fill(body, (byte) 'a');
                // chunked: no Content-Length, the size shows only while reading
                HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create(s.base() + path))
                        .header("Content-Type", path.endsWith("review") ? "application/json" : "text/plain")
                        .header("Authorization", "Bearer " + s.token)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(413, chunked.statusCode(), path + ": " + chunked.body());
                assertFalse(chunked.request().headers().firstValue("Content-Length").isPresent());
                assertEquals(413, s.post(path, path.endsWith("review") ? "application/json" : "text/plain", body).statusCode(), path);
            }
            assertEquals(0, s.store.reviews(event).size(), "no review was stored");
            assertEquals(200, s.get("/api/stats", null).statusCode(), "the server goes on");
            HttpResponse<String> small = s.post("/api/events/" + event + "/review", "application/json",
                    "{\"reviewer\":\"ana\",\"action\":\"confirm\"}");
            assertEquals(201, small.statusCode(), "a body under the limit is read as before: " + small.body());
        }
    }

    // ---- 2. a bounded ingest queue

    @Test
    @Timeout(90)
    void aFullIngestQueueAnswers503WithRetryAfter() throws Exception {
        try (Served s = new Served(WebServer.options().ingest(1, 1))) {
            String bad = "{\"text\": 5}";
            String slowBody = "{\"text\": 5, \"pad\": \"" + "p".repeat(180) + "\"}";
            int sentFirst = 20;
            // two slow clients: each sends its headers and a little of its body, then waits
            List<RawHttp> slow = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                RawHttp c = new RawHttp(s.port());
                slow.add(c);
                c.write(s.head("POST", "/api/documents", "127.0.0.1:" + s.port(), "Authorization: Bearer " + s.token,
                        "Content-Type: application/json", "Content-Length: " + slowBody.length()));
                c.write(slowBody.substring(0, sentFirst));
            }
            try {
                awaitHeld(s, 2);   // both slow requests hold a place: one "running", one waiting
                HttpResponse<String> third = s.post("/api/documents", "application/json", bad);
                assertEquals(503, third.statusCode(), "the third request finds the queue full: " + third.body());
                assertEquals(503, streamChunked(s, "503", "Authorization: Bearer " + s.token).status(),
                        "a refused body is not read, however long it is");
                String retry = third.headers().firstValue("Retry-After").orElse(null);
                assertNotNull(retry, "503 says when to come back");
                assertTrue(Long.parseLong(retry) >= 1, retry);
                assertTrue(error(third.body()).contains("busy"), third.body());
                // a read needs no place in the ingest queue
                assertEquals(200, s.get("/api/stats", null).statusCode());
            } finally {
                for (RawHttp c : slow) {   // the slow clients finish: their bodies are read and checked
                    c.write(slowBody.substring(sentFirst));
                    RawHttp.Answer a = c.answer();
                    assertEquals(400, a.status(), a.body());
                    assertTrue(error(a.body()).contains("'text'"), a.body());
                    c.close();
                }
            }
            assertEquals(0, stats(s).get("ingest").get("held").asInt(), "the places are given back");
            HttpResponse<String> after = s.post("/api/documents", "application/json", bad);
            assertEquals(400, after.statusCode(), "the places are free again: " + after.body());
        }
    }

    private static JsonNode stats(Served s) throws Exception {
        return JSON.readTree(s.get("/api/stats", null).body());
    }

    /** Waits until {@code n} ingest requests hold a place, as /api/stats tells. */
    private static void awaitHeld(Served s, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonNode queue = stats(s).get("ingest");
        while (queue.get("held").asInt() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
            queue = stats(s).get("ingest");
        }
        assertEquals(n, queue.get("held").asInt(), "requests holding a place: " + queue);
        assertEquals(2, queue.get("capacity").asInt(), "one worker and one waiting");
    }

    @Test
    @Timeout(600)
    void queuedArticlesWaitForTheWorkerAndAreCoded() throws Exception {
        CountDownLatch loading = new CountDownLatch(1), mayLoad = new CountDownLatch(1);
        Supplier<Faultline> slowToLoad = () -> {   // the real pipeline, held back while it "loads"
            loading.countDown();
            try {
                mayLoad.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Faultline.create(null);
        };
        try (Served s = new Served(WebServer.options().ingest(1, 1), slowToLoad)) {
            String first = "ARDENVALE, June 3, 2024 - Rebel gunmen attacked a police station in Ardenvale on Monday, killing "
                    + "four officers, the regional governor said.";
            String second = "MIREPORT, June 4, 2024 - Navy boats fired on a fishing vessel off Mireport on Tuesday, the coast "
                    + "guard said. Two fishermen were wounded.";
            CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> post(s, first));
            assertTrue(loading.await(30, TimeUnit.SECONDS), "the first article reached the pipeline");
            CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> post(s, second));
            awaitHeld(s, 2);   // the second waits for the worker: the third finds no place
            HttpResponse<String> third = s.post("/api/documents", "text/plain", "Troops shelled the port of Ardenvale.");
            assertEquals(503, third.statusCode(), third.body());
            assertTrue(third.headers().firstValue("Retry-After").isPresent());
            assertFalse(b.isDone(), "the second article waits for the worker rather than failing");
            mayLoad.countDown();
            HttpResponse<String> ra = a.get(300, TimeUnit.SECONDS), rb = b.get(300, TimeUnit.SECONDS);
            assertEquals(201, ra.statusCode(), ra.body());
            assertEquals(201, rb.statusCode(), rb.body());
            assertEquals(first, JSON.readTree(ra.body()).get("text").asText());
            assertEquals(second, JSON.readTree(rb.body()).get("text").asText());
        }
    }

    private static HttpResponse<String> post(Served s, String text) {
        try {
            return s.post("/api/documents", "text/plain", text);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- 3. DNS rebinding

    @Test
    void aForgedHostHeaderIsRefused() throws Exception {
        try (Served s = new Served(WebServer.options().allowHost("faultline.example.net"))) {
            int port = s.port();
            for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1.evil.example", "localhost.evil.example:80",
                    "10.1.2.3", "")) {
                for (String path : List.of("/api/events", "/", "/app.js")) {
                    RawHttp.Answer a = RawHttp.send(port, s.head("GET", path, host, "Connection: close"), null);
                    assertEquals(403, a.status(), "Host '" + host + "' " + path + ": " + a.body());
                    String reason = error(a.body());
                    assertTrue(reason.contains(host.isEmpty() ? "no Host" : "'" + host + "'"), reason);
                    assertFalse(a.body().contains("\"events\""), "no data goes out");
                }
            }
            assertTrue(error(RawHttp.send(port, s.head("GET", "/api/stats", "evil.example:" + port), null).body())
                    .contains("--allow-host evil.example"), "the reason says how to allow a name");
            for (String host : List.of("localhost", "localhost:" + port, "LocalHost.:" + port, "127.0.0.1", "127.0.0.1:" + port,
                    "[::1]", "[::1]:" + port, "[0:0:0:0:0:0:0:1]:" + port, "faultline.example.net", "FAULTLINE.example.net:443")) {
                RawHttp.Answer a = RawHttp.send(port, s.head("GET", "/api/stats", host, "Connection: close"), null);
                assertEquals(200, a.status(), "Host '" + host + "': " + a.body());
            }
            // writes are refused too, before the token or the body is looked at
            RawHttp.Answer post = RawHttp.send(port, s.head("POST", "/api/documents", "evil.example", "Authorization: Bearer " + s.token,
                    "Content-Type: text/plain", "Content-Length: 5", "Connection: close"), "hello".getBytes(StandardCharsets.US_ASCII));
            assertEquals(403, post.status(), post.body());
        }
        assertThrows(IllegalArgumentException.class, () -> WebServer.options().allowHost("evil example"));
        assertThrows(IllegalArgumentException.class, () -> WebServer.options().allowHost("<script>"));
    }

    @Test
    void theDefaultServerListensOnLoopbackOnly() throws Exception {
        InetAddress external = null;
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces()))
            for (InetAddress a : Collections.list(ni.getInetAddresses()))
                if (a instanceof Inet4Address && !a.isLoopbackAddress() && ni.isUp()) external = a;
        org.junit.jupiter.api.Assumptions.assumeTrue(external != null, "this machine has no non-loopback IPv4 address");
        try (Served s = new Served(WebServer.options())) {
            assertEquals(200, s.get("/api/stats", null).statusCode());
            InetAddress target = external;
            assertThrows(IOException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(target, s.port()), 5000);
                }
            }, "not reachable on " + external.getHostAddress());
        }
    }

    // ---- 4. the read token

    @Test
    void theReadTokenGuardsTheApiWhenAskedFor() throws Exception {
        try (Served open = new Served(WebServer.options())) {
            assertEquals(200, open.get("/api/stats", null).statusCode(), "by default reads need no token");
            assertEquals(200, open.get("/api/events?limit=2", null).statusCode());
        }
        try (Served guarded = new Served(WebServer.options().readToken(true))) {
            assertTrue(guarded.announced.stream().anyMatch(l -> l.contains("--read-token")), guarded.announced.toString());
            for (String path : List.of("/api/stats", "/api/events", "/api/documents", "/api/claims", "/api/actors", "/api/relations",
                    "/api/cameo/190")) {
                HttpResponse<String> none = guarded.get(path, null);
                assertEquals(401, none.statusCode(), path + ": " + none.body());
                assertTrue(error(none.body()).contains("--read-token"), none.body());
                assertEquals(401, guarded.get(path, "flt_not_the_token").statusCode(), path);
                HttpResponse<String> ok = guarded.get(path, guarded.token);
                assertEquals(200, ok.statusCode(), path + ": " + ok.body());
            }
            JsonNode events = JSON.readTree(guarded.get("/api/events", guarded.token).body());
            assertTrue(events.get("count").asInt() > 0, "with the token the data comes");
            // the page and its code hold no data: they load, and ask for the token
            assertEquals(200, guarded.get("/", null).statusCode());
            assertEquals(200, guarded.get("/app.js", null).statusCode());
            HttpResponse<String> write = HTTP.send(HttpRequest.newBuilder(URI.create(guarded.base() + "/api/documents"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, write.statusCode(), "writes still need the token: " + write.body());
        }
    }

    // ---- 5. charsets

    @Test
    void staticFilesNameTheirCharset() throws Exception {
        try (Served s = new Served(WebServer.options())) {
            Map<String, String> expected = Map.of("/", "text/html", "/index.html", "text/html", "/app.js", "text/javascript",
                    "/style.css", "text/css", "/openapi.json", "application/json", "/boundaries.geojson", "application/geo+json",
                    "/webjars/leaflet/1.9.4/dist/leaflet.js", "text/javascript", "/webjars/leaflet/1.9.4/dist/leaflet.css", "text/css");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                HttpResponse<String> r = s.get(e.getKey(), null);
                assertEquals(200, r.statusCode(), e.getKey());
                String type = r.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT).replace(" ", "");
                assertEquals(e.getValue() + ";charset=utf-8", type, e.getKey());
            }
            HttpResponse<byte[]> png = HTTP.send(HttpRequest.newBuilder(URI.create(s.base()
                    + "/webjars/leaflet/1.9.4/dist/images/marker-icon.png")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, png.statusCode());
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""), "images carry no charset, and never 'null'");
        }
    }

    // ---- 7. the command line's input checks

    @Test
    void theApiChecksInputAsTheCommandLineDoes() throws Exception {
        try (Served s = new Served(WebServer.options())) {
            long before = s.store.counts().documents();
            byte[] badUtf8 = "{\"text\": \"Troops shelled the town \u0001\"}".getBytes(StandardCharsets.UTF_8);
            int at = new String(badUtf8, StandardCharsets.UTF_8).indexOf('\u0001');
            badUtf8[at] = (byte) 0xFF;
            HttpResponse<String> r = s.post("/api/documents", "application/json", badUtf8);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(error(r.body()).contains("invalid UTF-8 at byte " + at), r.body());

            byte[] truncated = "Troops shelled the town on Monday, officials said \u00e9".getBytes(StandardCharsets.UTF_8);
            byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length - 1);   // half of a two-byte character
            HttpResponse<String> plain = s.post("/api/documents", "text/plain", cut);
            assertEquals(400, plain.statusCode(), plain.body());
            assertTrue(error(plain.body()).contains("invalid UTF-8 at byte " + (cut.length - 1)), plain.body());

            for (String[] c : new String[][]{
                    {"{\"text\": 5}", "field 'text' is a number (5), not a string"},
                    {"{\"text\": true}", "field 'text' is a boolean"},
                    {"{\"text\": [\"Troops shelled the town.\"]}", "field 'text' is an array"},
                    {"{\"text\": {\"body\": \"x\"}}", "field 'text' is an object"},
                    {"{\"text\": \"Troops shelled the town.\", \"title\": 7}", "field 'title' is a number"},
                    {"{\"text\": \"Troops shelled the town.\", \"published\": 20240501}", "field 'published' is a number"},
                    {"{\"text\": \"Troops shelled the town.\", \"format\": false}", "field 'format' is a boolean"},
                    {"{\"text\": \"Troops shelled \\ud800 the town.\"}", "field 'text' holds an unpaired surrogate \\ud800 at character 15"},
                    {"{\"text\": \"Troops shelled the town.\\u0000\\u0000\"}", "field 'text': binary data"},
                    {"{\"text\": \"Troops shelled", "not valid JSON"}}) {
                HttpResponse<String> bad = s.post("/api/documents", "application/json", c[0]);
                assertEquals(400, bad.statusCode(), c[0] + " answered " + bad.body());
                assertTrue(error(bad.body()).contains(c[1]), c[0] + ": '" + error(bad.body()) + "' does not say '" + c[1] + "'");
            }
            String event = JSON.readTree(s.get("/api/events?limit=1", null).body()).get("events").get(0).get("id").asText();
            HttpResponse<String> review = s.post("/api/events/" + event + "/review", "application/json",
                    "{\"reviewer\": 42, \"action\": \"confirm\"}");
            assertEquals(400, review.statusCode(), review.body());
            assertTrue(error(review.body()).contains("field 'reviewer' is a number"), review.body());
            byte[] reviewUtf8 = "{\"reviewer\": \"ana?\", \"action\": \"confirm\"}".getBytes(StandardCharsets.UTF_8);
            reviewUtf8[17] = (byte) 0xC3;   // a lead byte followed by '"'
            HttpResponse<String> badReview = s.post("/api/events/" + event + "/review", "application/json", reviewUtf8);
            assertEquals(400, badReview.statusCode(), badReview.body());
            assertTrue(error(badReview.body()).contains("invalid UTF-8 at byte 17"), badReview.body());

            assertEquals(before, s.store.counts().documents(), "nothing was stored");
            assertEquals(0, s.store.reviews(event).size(), "no review was stored");
        }
    }
}
