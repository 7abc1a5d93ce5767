package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** {@code extract URL} fetches the address as {@code ingest} does, from a real HTTP server on a free port. */
class ExtractUrlTest {
    private static final String STORY = "Border guards said on Monday that artillery units had shelled two villages near "
            + "the frontier town of Westford overnight, wounding three farmers. The defence ministry denied that its "
            + "forces had fired across the border.";
    private static final String PAGE = "<!doctype html><html><head><title>Villages shelled near Westford</title>"
            + "<meta property=\"article:published_time\" content=\"2024-05-06T09:00:00Z\"></head><body><nav>Home | World</nav>"
            + "<article><h1>Villages shelled near Westford</h1><p>" + STORY + "</p></article></body></html>";
    private static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Frontier Wire</title>"
            + IngestWebAndProgressTest.item("Post attacked", IngestWebAndProgressTest.FEED_ENTRY_1, "Mon, 06 May 2024")
            + IngestWebAndProgressTest.item("Villages shelled", IngestWebAndProgressTest.FEED_ENTRY_2, "Tue, 07 May 2024")
            + "</channel></rss>";

    private HttpServer server;
    private String base;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            String body = path.equals("/story.html") ? PAGE : path.equals("/news.rss") ? FEED : "not here";
            int status = body.equals("not here") ? 404 : 200;
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".rss") ? "application/rss+xml"
                    : status == 200 ? "text/html; charset=utf-8" : "text/plain");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPageAddressIsFetchedAndExtracted() throws IOException {
        MainTest.Result r = MainTest.run("extract", base + "/story.html");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, requests.get(), "one request for one address");
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(base + "/story.html", doc.get("document").get("url").asText());
        assertEquals("2024-05-06", doc.get("document").get("published").asText(), "the page's own date");
        assertEquals("Villages shelled near Westford", doc.get("document").get("title").asText());
        assertTrue(doc.get("sentences").size() >= 2, "the article's sentences were read: " + r.out());
    }

    @Test
    void aDeadAddressIsNamedAndTheBatchGoesOn() {
        MainTest.Result r = MainTest.run("extract", "--format", "text", base + "/gone.html", base + "/story.html");
        assertEquals(1, r.code(), "a dead address fails the run, after the rest is done");
        assertEquals(List.of("faultline: " + base + "/gone.html: HTTP 404"), r.errLines());
        assertTrue(r.out().contains("Westford"), r.out());
        assertFalse(r.err().contains("no such file"), r.err());
    }

    @Test
    void aFeedAddressGivesOneDocumentPerEntry() {
        MainTest.Result r = MainTest.run("extract", "--format", "text", base + "/news.rss");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Eastmoor") && r.out().contains("Westford"), r.out());
    }
}
