package org.faultline.cli;

import com.sun.net.httpserver.HttpServer;
import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.store.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.faultline.cli.StoreCommandsTest.counts;
import static org.faultline.cli.StoreCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** faultline ingest with feed and page addresses, its progress bar, and finishing an interrupted run. */
class IngestWebAndProgressTest {
    static String item(String title, String text, String day) {
        return "<item><title>" + title + "</title><link>http://127.0.0.1/none</link><pubDate>" + day
                + " 08:00:00 GMT</pubDate><description>" + text + "</description></item>";
    }

    static final String FEED_ENTRY_1 = ("Rebel fighters attacked an army post near the town of Westford on Monday, a police "
            + "officer said. The army said it had pushed the fighters back after two hours of fighting. ").repeat(3).strip();
    static final String FEED_ENTRY_2 = ("Government troops shelled villages outside Eastmoor on Tuesday, residents said. "
            + "Several houses were destroyed and families left the area on foot. ").repeat(3).strip();

    @Test
    void ingestsAFeedAddressAndGoesOnPastADeadOne(@TempDir Path dir) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Border Times</title>"
                + item("Post attacked", FEED_ENTRY_1, "Mon, 06 May 2024") + item("Villages shelled", FEED_ENTRY_2, "Tue, 07 May 2024")
                + "</channel></rss>";
        server.createContext("/", exchange -> {
            boolean found = exchange.getRequestURI().getPath().equals("/news.rss");
            byte[] body = (found ? feed : "gone").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", found ? "application/rss+xml" : "text/plain");
            exchange.sendResponseHeaders(found ? 200 : 410, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path data = dir.resolve("data");
            StoreCommandsTest.Run r = run("ingest", "--no-progress", "--data", data.toString(), base + "/dead.rss", base + "/news.rss");
            assertEquals(1, r.code(), "a dead feed makes the run fail, after the rest is done");
            assertTrue(r.err().contains(base + "/dead.rss: HTTP 410"), r.err());
            assertTrue(r.out().contains("stored 2 new documents"), r.out());
            assertEquals(2, counts(data).documents());
            StoreCommandsTest.Run again = run("ingest", "--no-progress", "--data", data.toString(), base + "/news.rss");
            assertEquals(0, again.code(), again.err());
            assertTrue(again.out().contains("stored 0 new documents, 2 already stored"), again.out());
            assertEquals(2, counts(data).documents());

            Path saved = dir.resolve("saved.rss");   // the same feed saved to a file: the same documents
            Files.writeString(saved, feed);
            StoreCommandsTest.Run file = run("ingest", "--no-progress", "--data", data.toString(), saved.toString());
            assertEquals(0, file.code(), file.err());
            assertTrue(file.out().contains("2 already stored"), file.out());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void showsProgressAndFinishesAnInterruptedIngestWithoutDuplicates(@TempDir Path dir) throws IOException {
        Corpus c = CorpusGenerator.generate(17, 9);
        Path corpus = dir.resolve("corpus");
        c.write(corpus);
        List<String> lines = Files.readAllLines(corpus.resolve(Corpus.ARTICLES_FILE));
        Path part = dir.resolve("part.jsonl");   // what an interrupted run got through
        Files.write(part, lines.subList(0, 4));
        Path data = dir.resolve("data");
        StoreCommandsTest.Run first = run("ingest", "--data", data.toString(), part.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().matches("(?s).*\\[#+ *] 1/1 files +[0-9.]+ docs/s +ETA \\d+s.*"), "progress bar: " + first.err());
        StoreCounts half = counts(data);
        assertEquals(4, half.documents());

        StoreCommandsTest.Run rest = run("ingest", "--no-progress", "--data", data.toString(), corpus.resolve(Corpus.ARTICLES_FILE).toString());
        assertEquals(0, rest.code(), rest.err());
        assertTrue(rest.out().contains("stored 5 new documents, 4 already stored"), rest.out());
        StoreCounts all = counts(data);
        assertEquals(9, all.documents());
        assertTrue(all.reports() >= half.reports());
        StoreCommandsTest.Run twice = run("ingest", "--no-progress", "--data", data.toString(), corpus.resolve(Corpus.ARTICLES_FILE).toString());
        assertEquals(all, counts(data), "ingesting twice changes nothing");
        assertTrue(twice.out().contains("stored 0 new documents, 9 already stored"), twice.out());
    }
}
