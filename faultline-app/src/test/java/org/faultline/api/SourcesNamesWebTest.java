package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.sources.TrackRecordCorpus;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * GET /api/sources and /api/names, their OpenAPI entries, and in headless Chromium the sources and names views and
 * the source records beside the claims, over a server of its own holding the hand-coded track-record corpus.
 */
class SourcesNamesWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Store store;
    private static WebServer server;
    private static String base;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(null, Files.createTempDirectory("faultline-sources-web"));
        store.putAll(TrackRecordCorpus.documents());
        server = WebServer.start(store, () -> {
            throw new IllegalStateException("this test adds no articles");
        }, "127.0.0.1", 0, line -> { });
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode source(JsonNode r, String key) {
        for (JsonNode s : r.get("sources")) if (s.get("key").asText().equals(key)) return s;
        throw new AssertionError(key + " in " + r);
    }

    @Test
    void apiAnswersTrackRecords() throws Exception {
        HttpResponse<String> res = get("/api/sources");
        assertEquals(200, res.statusCode(), res.body());
        JsonNode r = JSON.readTree(res.body());
        assertTrue(r.get("note").asText().contains("not a verdict on their truth"));
        JsonNode south = source(r, TrackRecordCorpus.SOUTH_MOD_KEY);
        assertEquals(2, south.get("claims").asInt());
        assertEquals(2, south.get("denied").asInt());
        assertEquals(2, south.get("denied_by").size());
        assertEquals(1, south.get("corroborated").asInt());
        assertEquals("Sudland defence ministry: 2 claims, 2 denied by Nordland defence ministry and Nordland government, 1 corroborated",
                south.get("summary").asText());
        assertEquals(r.get("count").asInt(), r.get("sources").size());

        JsonNode two = JSON.readTree(get("/api/sources?key=" + enc(TrackRecordCorpus.NORTH_MOD_KEY) + "&key=" + enc(TrackRecordCorpus.OUTLET_KEY)).body());
        assertEquals(2, two.get("count").asInt());
        JsonNode aus = JSON.readTree(get("/api/sources?country=aus").body());
        for (JsonNode s : aus.get("sources")) assertEquals("AUS", s.get("country").asText());
        assertEquals(1, JSON.readTree(get("/api/sources?limit=1").body()).get("sources").size());

        assertEquals(400, get("/api/sources?country=XXXX").statusCode());
        assertEquals(400, get("/api/sources?key=SWEMIL").statusCode());
        assertEquals(400, get("/api/sources?limit=0").statusCode());
        HttpResponse<String> unknown = get("/api/sources?sort=claims");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown parameter 'sort'"), unknown.body());
    }

    @Test
    void claimsCarryTheKeysOfTheirSources() throws Exception {
        JsonNode claims = JSON.readTree(get("/api/claims").body());
        List<String> keys = new ArrayList<>();
        for (JsonNode c : claims.get("claims")) c.get("sources").forEach(k -> keys.add(k.asText()));
        assertTrue(keys.contains(TrackRecordCorpus.SOUTH_MOD_KEY), keys.toString());
        assertTrue(keys.contains(TrackRecordCorpus.NORTH_MOD_KEY), keys.toString());
        JsonNode doc = JSON.readTree(get("/api/documents/tr-a").body());
        assertEquals(List.of(TrackRecordCorpus.SOUTH_MOD_KEY), List.of(doc.get("claims").get(0).get("sources").get(0).asText()));
    }

    @Test
    void apiAnswersNamesWithMarkedUses() throws Exception {
        HttpResponse<String> res = get("/api/names?place=" + enc("republic of eastmark"));
        assertEquals(200, res.statusCode(), res.body());
        JsonNode r = JSON.readTree(res.body());
        assertEquals(1, r.get("count").asInt());
        JsonNode p = r.get("places").get(0);
        assertEquals("Eastmark", p.get("place").asText());
        assertEquals(10, p.get("mentions").asInt());
        assertEquals(4, p.get("marked").asInt());
        JsonNode republic = null;
        for (JsonNode u : p.get("uses")) if (u.get("name").asText().equals("Republic of Eastmark")) republic = u;
        assertNotNull(republic);
        assertEquals(1, republic.get("markers").get("scare quotes").asInt());
        assertEquals("Kappa Courier", republic.get("outlets").get(0).get("outlet").asText());
        assertEquals(1, republic.get("outlets").get(0).get("marked").asInt());
        assertEquals(0, JSON.readTree(get("/api/names?place=Atlantis").body()).get("count").asInt());
        assertEquals(400, get("/api/names?limit=x").statusCode());
        assertEquals(400, get("/api/names?outlet=x").statusCode());
    }

    @Test
    void openApiDocumentsBoth() throws Exception {
        JsonNode spec = JSON.readTree(get("/openapi.json").body());
        for (String[] e : new String[][]{{"/api/sources", "country,key,limit", "Sources"}, {"/api/names", "place,limit", "Names"}}) {
            JsonNode path = spec.get("paths").get(e[0]);
            assertNotNull(path, e[0]);
            List<String> params = new ArrayList<>();
            path.get("get").get("parameters").forEach(x -> params.add(x.get("name").asText()));
            assertEquals(List.of(e[1].split(",")), params);
            assertNotNull(spec.get("components").get("schemas").get(e[2]));
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static WebDriverWait open(String hash) throws Exception {
        if (browser == null) browser = Browser.start();
        browser.get(base + "/" + hash);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static void screenshot(String name) throws Exception {
        String shots = System.getProperty("faultline.screenshots");   // as ScreenshotsTest: -Dfaultline.screenshots=DIR
        if (shots != null) Files.write(Path.of(shots).resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theSourcesViewShowsTheRecordsAndSorts() throws Exception {
        Assumptions.assumeTrue(Browser.available(), Browser.missing());
        WebDriverWait wait = open("#sources");
        wait.until(d -> !d.findElements(By.cssSelector("#sources-table tbody tr")).isEmpty());
        WebElement south = browser.findElement(By.cssSelector("#sources-table tr[data-key='" + TrackRecordCorpus.SOUTH_MOD_KEY + "']"));
        assertEquals("Sudland defence ministry", south.findElement(By.cssSelector("td.name")).getText());
        assertEquals("2", south.findElement(By.cssSelector("td.claims")).getText());
        assertEquals("2", south.findElement(By.cssSelector("td.denied")).getText());
        assertEquals("Nordland defence ministry (1); Nordland government (1)", south.findElement(By.cssSelector("td.denied_by")).getText());
        assertEquals("1", south.findElement(By.cssSelector("td.corroborated")).getText());
        assertEquals("5", south.findElement(By.cssSelector("td.above_by")).getText());
        assertTrue(browser.findElement(By.cssSelector("#view-sources .verdict-note")).getText().contains("not a verdict on their truth"));
        int rows = browser.findElements(By.cssSelector("#sources-table tbody tr")).size();
        assertEquals(JSON.readTree(get("/api/sources").body()).get("count").asInt(), rows);
        screenshot("sources.png");

        browser.findElement(By.cssSelector("#sources-table th[data-sort='denials']")).click();
        wait.until(d -> d.findElement(By.cssSelector("#sources-table th[data-sort='denials']")).getAttribute("class").contains("desc"));
        List<Integer> denials = new ArrayList<>();
        for (WebElement td : browser.findElements(By.cssSelector("#sources-table td.denials"))) denials.add(Integer.parseInt(td.getText()));
        List<Integer> sorted = new ArrayList<>(denials);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, denials, "sorted by denials made, most first");
        assertTrue(denials.get(0) >= 1);
        browser.findElement(By.cssSelector("#sources-table th[data-sort='name']")).click();
        wait.until(d -> d.findElement(By.cssSelector("#sources-table th[data-sort='name']")).getAttribute("class").contains("asc"));
        List<String> names = new ArrayList<>();
        for (WebElement td : browser.findElements(By.cssSelector("#sources-table td.name"))) names.add(td.getText());
        List<String> byName = new ArrayList<>(names);
        byName.sort(String::compareToIgnoreCase);
        assertEquals(byName, names);
    }

    @Test
    void theNamesViewChartsOutletsAndNamesAndCountsMarkedUses() throws Exception {
        Assumptions.assumeTrue(Browser.available(), Browser.missing());
        WebDriverWait wait = open("#names");
        wait.until(d -> !d.findElements(By.cssSelector("section.place-names[data-place='Eastmark'] tbody tr")).isEmpty());
        WebElement sec = browser.findElement(By.cssSelector("section.place-names[data-place='Eastmark']"));
        assertTrue(sec.findElement(By.tagName("h3")).getText().contains("10 mentions, 4 marked"), sec.getText());
        WebElement republic = sec.findElement(By.cssSelector("tr[data-name='Republic of Eastmark']"));
        assertEquals("1", republic.findElement(By.cssSelector("td.marked")).getText());
        assertTrue(republic.findElement(By.cssSelector("td.marks")).getText().contains("scare quotes 1"));
        assertTrue(republic.findElement(By.cssSelector("td.outlets")).getText().contains("Kappa Courier 1 (1 marked)"));
        assertEquals("2", sec.findElement(By.cssSelector("tr[data-name='Ostmark'] td.marked")).getText());
        // the chart: Chart.js drew it, with one bar per outlet and the marked uses as datasets of their own
        @SuppressWarnings("unchecked")
        List<Object> chart = (List<Object>) ((JavascriptExecutor) browser).executeScript(
                "const c = Chart.getChart(document.querySelector(\"section.place-names[data-place='Eastmark'] canvas\"));"
                        + "return [c.data.labels, c.data.datasets.map(d => d.label), c.data.datasets.map(d => d.data.reduce((a, b) => a + b, 0))];");
        @SuppressWarnings("unchecked") List<String> outlets = (List<String>) chart.get(0);
        @SuppressWarnings("unchecked") List<String> labels = (List<String>) chart.get(1);
        @SuppressWarnings("unchecked") List<Long> sums = (List<Long>) chart.get(2);
        assertEquals(List.of("Kappa Courier", "Lambda Ledger", "Mu Mail", "Nu News").stream().sorted().toList(), outlets.stream().sorted().toList());
        assertTrue(labels.contains("Republic of Eastmark (marked)") && labels.contains("Ostmark (marked)"), labels.toString());
        assertEquals(10L, sums.stream().mapToLong(Long::longValue).sum(), "every mention is in one bar");
        long marked = 0;
        for (int i = 0; i < labels.size(); i++) if (labels.get(i).endsWith("(marked)")) marked += sums.get(i);
        assertEquals(4L, marked);
        screenshot("names.png");
    }

    @Test
    void theClaimsBoardAndTheDocumentViewShowEachClaimsSourceRecord() throws Exception {
        Assumptions.assumeTrue(Browser.available(), Browser.missing());
        WebDriverWait wait = open("#claims");
        String expected = "Sudland defence ministry: 2 claims, 2 denied by Nordland defence ministry and Nordland government, 1 corroborated";
        wait.until(d -> d.findElements(By.cssSelector("#claims .source-record")).stream().anyMatch(x -> x.getText().contains(expected)));
        assertTrue(browser.findElement(By.cssSelector("#claims .verdict-note")).getText().contains("not a verdict on their truth"));
        int sides = browser.findElements(By.cssSelector("#claims .side")).size();
        assertEquals(sides, browser.findElements(By.cssSelector("#claims .source-record")).size(), "one record line per side");
        screenshot("claims-board-sources.png");

        open("#documents/tr-d");
        wait.until(d -> d.findElements(By.cssSelector("#document .doc-claims li")).size() == 3
                && d.findElements(By.cssSelector("#document .source-record")).stream().allMatch(x -> x.getText().startsWith("Source record: ")
                && x.getText().length() > "Source record: ".length()));
        List<String> lines = new ArrayList<>();
        browser.findElements(By.cssSelector("#document .doc-claims li .source-record")).forEach(x -> lines.add(x.getText()));
        assertEquals("Source record: " + expected, lines.get(0));
        assertTrue(lines.get(1).startsWith("Source record: Nordland government: 1 claim, 0 denied") || lines.get(1).startsWith("Source record: Nordland government: 1 claim, 0 corroborated"),
                lines.get(1));
    }
}
