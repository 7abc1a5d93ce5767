package org.faultline.ingest;

import com.sun.net.httpserver.HttpServer;
import org.faultline.model.ReadResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Feeds and pages served by a real HTTP server on 127.0.0.1; no outside network. */
class WebInputsTest {
    static final String STORY = """
            <html><head><title>River crossing shelled</title>
            <meta property="og:site_name" content="Valley Courier">
            <meta property="article:published_time" content="2024-05-02T09:00:00Z"></head>
            <body><nav>Home | World</nav><article>
            <p>Artillery hit a river crossing outside the town of Lowmere on Wednesday, the regional council said.</p>
            <p>Council workers said two bridges were damaged and the ferry service was halted until further notice.</p>
            </article><footer>All rights reserved</footer></body></html>
            """;

    static String longSummary() {
        return "Delegates from the two provinces met in the capital on Monday to discuss the water dispute. "
                .repeat(6).strip();
    }

    static String rss(String base) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Valley Courier</title><link>%1$s/</link><description>News</description>
                <item><title>Talks on water dispute</title><link>%1$s/talks.html</link>
                  <pubDate>Mon, 29 Apr 2024 08:00:00 GMT</pubDate>
                  <description>&lt;p&gt;%2$s&lt;/p&gt;</description></item>
                <item><title>River crossing shelled</title><link>%1$s/story.html</link>
                  <pubDate>Thu, 02 May 2024 10:00:00 GMT</pubDate>
                  <description>Artillery hit a river crossing.</description></item>
                <item><title>Gone</title><link>%1$s/gone.html</link>
                  <pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate><description></description></item>
                </channel></rss>
                """.formatted(base, longSummary());
    }

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Gazette</title><id>urn:hill</id>
            <updated>2024-06-01T00:00:00Z</updated>
            <entry><title>Market reopens</title><id>urn:hill:1</id><link href="%s/missing-page"/>
              <published>2024-06-01T07:30:00Z</published><updated>2024-06-01T07:30:00Z</updated>
              <content type="html">&lt;p&gt;Traders reopened the central market in Northbury on Saturday.&lt;/p&gt;&lt;p&gt;Police patrolled the streets.&lt;/p&gt;</content>
            </entry></feed>
            """;

    static HttpServer server;
    static String base;

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Map<String, String[]> pages = Map.of(
                "/feed.rss", new String[]{"application/rss+xml", rss(base)},
                "/feed-as-xml", new String[]{"text/xml", rss(base)},
                "/story.html", new String[]{"text/html; charset=utf-8", STORY},
                "/not-a-feed.rss", new String[]{"application/rss+xml", "<rss><channel><item>broken"});
        server.createContext("/", exchange -> {
            String[] page = pages.get(exchange.getRequestURI().getPath());
            byte[] body = page == null ? "not here".getBytes(StandardCharsets.UTF_8) : page[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", page == null ? "text/plain" : page[0]);
            exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static WebInputs web() {
        return WebInputs.withTimeout(Duration.ofSeconds(5));
    }

    @Test
    void readsAnRssFeedOverHttpOneArticlePerEntryAndFollowsTeasersToTheirPage() {
        List<ReadResult> rs = web().read(base + "/feed.rss", ReadOptions.defaults());
        assertEquals(3, rs.size(), rs.toString());
        ReadResult full = rs.get(0), teaser = rs.get(1), gone = rs.get(2);
        assertTrue(full.ok(), full.toString());
        assertEquals(longSummary(), full.article().text(), "a long summary is the article; markup is gone");
        assertEquals("Valley Courier", full.article().outlet());
        assertEquals("Talks on water dispute", full.article().title());
        assertEquals(LocalDate.of(2024, 4, 29), full.article().published());
        assertEquals(base + "/talks.html", full.article().url());

        assertTrue(teaser.ok(), teaser.toString());
        assertTrue(teaser.article().text().startsWith("Artillery hit a river crossing outside the town of Lowmere"), teaser.article().text());
        assertTrue(teaser.article().text().contains("ferry service was halted"));
        assertFalse(teaser.article().text().contains("All rights reserved"), "page furniture is left out");
        assertEquals(LocalDate.of(2024, 5, 2), teaser.article().published());
        assertEquals(base + "/story.html", teaser.article().url());

        assertFalse(gone.ok(), "an entry with no text whose page is gone is an error");
        assertEquals(base + "/feed.rss", gone.error().input());
        assertTrue(gone.error().position().contains("entry 3") && gone.error().position().contains("/gone.html"), gone.error().toString());
        assertEquals("HTTP 404", gone.error().reason());
    }

    @Test
    void aFeedServedAsPlainXmlIsStillAFeed() {
        List<ReadResult> rs = web().read(base + "/feed-as-xml", ReadOptions.defaults());
        assertEquals(3, rs.size());
        assertTrue(rs.get(0).ok());
    }

    @Test
    void readsAWebPageAddress() {
        List<ReadResult> rs = web().read(base + "/story.html", ReadOptions.defaults());
        assertEquals(1, rs.size());
        assertTrue(rs.get(0).ok(), rs.toString());
        assertEquals("Valley Courier", rs.get(0).article().outlet());
        assertEquals(LocalDate.of(2024, 5, 2), rs.get(0).article().published());
        assertEquals(base + "/story.html", rs.get(0).article().url());
    }

    @Test
    void aDeadFeedOrAnUnreachableAddressIsOneErrorNamingIt() throws IOException {
        List<ReadResult> dead = web().read(base + "/nothing.rss", ReadOptions.defaults());
        assertEquals(1, dead.size());
        assertEquals(base + "/nothing.rss", dead.get(0).error().input());
        assertEquals("HTTP 404", dead.get(0).error().reason());

        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closed + "/feed.rss";
        List<ReadResult> refused = web().read(unreachable, ReadOptions.defaults());
        assertEquals(1, refused.size());
        assertEquals(unreachable, refused.get(0).error().input());
        assertEquals("connection refused", refused.get(0).error().reason());

        List<ReadResult> broken = web().read(base + "/not-a-feed.rss", ReadOptions.defaults());
        assertEquals(1, broken.size());
        assertTrue(broken.get(0).error().reason().startsWith("not a readable RSS or Atom feed"), broken.get(0).error().toString());
    }

    @Test
    void readsAnAtomFeedFromAFile(@TempDir Path dir) throws IOException {
        Path atom = dir.resolve("hill.xml");
        Files.writeString(atom, ATOM.formatted(base));
        Path notFeed = dir.resolve("other.xml");
        Files.writeString(notFeed, "<?xml version=\"1.0\"?><catalog/>");
        assertTrue(WebInputs.isFeedFile(atom));
        assertFalse(WebInputs.isFeedFile(notFeed));
        assertTrue(WebInputs.isFeedFile(dir.resolve("x.rss")), "by extension");
        List<ReadResult> rs = web().read(atom.toString(), ReadOptions.defaults());
        assertEquals(1, rs.size());
        ReadResult r = rs.get(0);
        assertTrue(r.ok(), r.toString());
        assertEquals("Traders reopened the central market in Northbury on Saturday.\n\nPolice patrolled the streets.", r.article().text());
        assertEquals("Hill Gazette", r.article().outlet());
        assertEquals(LocalDate.of(2024, 6, 1), r.article().published());
        assertEquals(atom + "#1", r.article().source());
        assertEquals(base + "/missing-page", r.article().url(), "a short entry whose page cannot be read keeps its own text");
    }
}
