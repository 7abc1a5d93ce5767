package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.store.Store;
import org.faultline.store.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.faultline.cli.StoreCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 12, one store shared: {@code serve} runs in its own JVM over an embedded store while {@code ingest} (another
 * JVM) and {@code events} (this one) use the same {@code --data} folder at the same time; all three agree on the
 * counts. Before H2's automatic mixed mode, the second process failed with H2's "Database may be already in use".
 */
class ServeAndCommandsShareAStoreTest {
    private static final int PRELOADED = 30, INGESTED = 6;
    private static final Pattern ANNOUNCED = Pattern.compile("faultline web app on (http://127\\.0\\.0\\.1:\\d+)/");

    private static ProcessBuilder faultline(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    @Test
    void ingestAndEventsRunWhileServeServesTheSameStore(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Corpus corpus = CorpusGenerator.generate(8, PRELOADED + INGESTED);
        corpus.write(dir.resolve("corpus"));
        try (Store s = Store.open(null, data)) {   // the generator's own coding: no NLP needed for these
            for (GeneratedArticle g : corpus.articles().subList(0, PRELOADED)) s.put(g.expected());
        }
        List<String> lines = Files.readAllLines(dir.resolve("corpus").resolve(Corpus.ARTICLES_FILE), StandardCharsets.UTF_8);
        Path toIngest = dir.resolve("more.jsonl");
        Files.write(toIngest, lines.subList(PRELOADED, PRELOADED + INGESTED), StandardCharsets.UTF_8);

        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        Process serve = faultline("serve", "--data", data.toString(), "--port", "0").redirectErrorStream(true).start();
        Process ingest = null;
        try {
            String base = null;
            StringBuilder said = new StringBuilder();
            BufferedReader serveOut = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            for (String line; base == null && (line = serveOut.readLine()) != null; ) {
                said.append(line).append('\n');
                Matcher m = ANNOUNCED.matcher(line);
                if (m.find()) base = m.group(1);
            }
            assertNotNull(base, "serve did not start; it said:\n" + said);
            assertEquals(PRELOADED, stats(http, json, base).get("documents").asInt());

            Path ingestLog = dir.resolve("ingest.log");
            ingest = faultline("ingest", "--no-progress", "--data", data.toString(), toIngest.toString())
                    .redirectErrorStream(true).redirectOutput(ingestLog.toFile()).start();
            // while ingest runs (it loads the models and codes): the command line and the server read the store
            int roundsWhileIngesting = 0;
            while (ingest.isAlive()) {
                StoreCommandsTest.Run events = run("events", "--data", data.toString(), "--format", "json");
                assertEquals(0, events.code(), events.err());
                assertTrue(json.readTree(events.out()).isArray(), events.out());
                JsonNode s = stats(http, json, base);
                assertTrue(s.get("documents").asInt() >= PRELOADED, s.toString());
                if (ingest.isAlive()) roundsWhileIngesting++;
                Thread.sleep(500);
            }
            assertTrue(roundsWhileIngesting >= 1, "events and the API were read while ingest ran");
            String ingestSaid = Files.readString(ingestLog, StandardCharsets.UTF_8);
            assertEquals(0, ingest.exitValue(), ingestSaid);
            assertTrue(ingestSaid.contains("stored " + INGESTED + " new documents"), ingestSaid);
            assertTrue(ingestSaid.contains("store: " + (PRELOADED + INGESTED) + " documents (was " + PRELOADED + ")"), ingestSaid);

            // the counts, from the server, the command line and a store opened here
            JsonNode s = stats(http, json, base);
            StoreCommandsTest.Run events = run("events", "--data", data.toString(), "--format", "json");
            assertEquals(0, events.code(), events.err());
            int listed = json.readTree(events.out()).size();
            StoreCounts here;
            try (Store store = Store.open(null, data)) {
                here = store.counts();
            }
            assertEquals(PRELOADED + INGESTED, s.get("documents").asInt(), s.toString());
            assertEquals(PRELOADED + INGESTED, here.documents());
            assertEquals(here.reports(), s.get("reports").asInt(), s.toString());
            assertEquals(here.mergedEvents(), s.get("merged_events").asInt(), s.toString());
            assertEquals(here.mergedEvents(), listed, "events lists every merged event");
            assertTrue(listed > 0);

            // serve stops; the store is still there for the command line
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop");
            StoreCommandsTest.Run after = run("events", "--data", data.toString(), "--format", "json");
            assertEquals(0, after.code(), after.err());
            assertEquals(listed, json.readTree(after.out()).size());
        } finally {
            for (Process p : new Process[]{ingest, serve}) {
                if (p != null && p.isAlive()) {
                    p.destroyForcibly();
                    p.waitFor(60, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static JsonNode stats(HttpClient http, ObjectMapper json, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stats")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }
}
