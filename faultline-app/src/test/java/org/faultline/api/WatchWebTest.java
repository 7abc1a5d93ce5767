package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.Episode;
import org.faultline.corpus.Escalations;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * GET /api/watch and the timeline's alert marks and dyad filter, over a server of its own: a store holding a generated
 * corpus (the generator's own coding, no NLP) with two injected escalations, RUS-UKR and SDN-SDN.
 */
class WatchWebTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Store store;
    private static WebServer server;
    private static String base;
    private static Corpus corpus;
    private static ChromeDriver browser;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        corpus = CorpusGenerator.generate(3, 400, new Escalations(2, 5, 5, 120));
        store = Store.open(null, Files.createTempDirectory("faultline-watch-web"));
        store.putAll(corpus.articles().stream().map(GeneratedArticle::expected).toList());
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

    private static Episode episode(String dyad) {
        return corpus.episodes().stream().filter(e -> e.dyad().equals(dyad)).findFirst().orElseThrow();
    }

    private static boolean inWindow(String start, Episode e) {
        LocalDate d = LocalDate.parse(start);
        return !d.isBefore(e.onset()) && !d.isAfter(e.peak().plusDays(2));
    }

    /** Alert start days of one dyad, as the API gives them. */
    private static TreeSet<String> alertStarts(String dyad) throws Exception {
        JsonNode r = JSON.readTree(get("/api/watch?points=false").body());
        TreeSet<String> out = new TreeSet<>();
        for (JsonNode a : r.get("alerts"))
            if (a.get("kind").asText().equals("dyad") && a.get("key").asText().equals(dyad)) out.add(a.get("start").asText());
        return out;
    }

    @Test
    void apiAnswersSeriesAndAlertsOfADyad() throws Exception {
        HttpResponse<String> res = get("/api/watch?dyad=UKR-RUS");
        assertEquals(200, res.statusCode(), res.body());
        JsonNode r = JSON.readTree(res.body());
        assertEquals("day", r.get("bucket").asText());
        assertEquals(1, r.get("series").size());
        JsonNode s = r.get("series").get(0);
        assertEquals("RUS-UKR", s.get("key").asText());
        assertEquals("dyad", s.get("kind").asText());
        for (JsonNode p : s.get("points"))
            assertEquals(p.get("events").asInt(), p.get("verbal_cooperation").asInt() + p.get("material_cooperation").asInt()
                    + p.get("verbal_conflict").asInt() + p.get("material_conflict").asInt(), p.toString());
        Episode e = episode("RUS-UKR");
        List<String> starts = new ArrayList<>();
        r.get("alerts").forEach(a -> starts.add(a.get("start").asText()));
        assertTrue(starts.stream().anyMatch(x -> inWindow(x, e)), "an alert in " + e + ": " + starts);

        JsonNode weekly = JSON.readTree(get("/api/watch?dyad=RUS-UKR&weekly=true&since=" + e.onset().minusDays(14)).body());
        assertEquals("week", weekly.get("bucket").asText());
        for (JsonNode p : weekly.get("series").get(0).get("points"))
            assertEquals("MONDAY", LocalDate.parse(p.get("start").asText()).getDayOfWeek().toString());

        JsonNode lean = JSON.readTree(get("/api/watch?points=false").body());
        assertTrue(lean.get("series").size() >= 2, "every dyad and region");
        for (JsonNode x : lean.get("series")) {
            assertNull(x.get("points"));
            assertTrue(x.get("events").asInt() > 0, x.toString());
        }
        int ukrEvents = 0;
        for (JsonNode p : s.get("points")) ukrEvents += p.get("events").asInt();
        for (JsonNode x : lean.get("series"))
            if (x.get("key").asText().equals("RUS-UKR")) assertEquals(ukrEvents, x.get("events").asInt());
        assertEquals(r.get("alerts").size(), countAlerts(lean, "RUS-UKR"), "the same alerts without points");

        HttpResponse<String> bad = get("/api/watch?dyad=RUSSIA");
        assertEquals(400, bad.statusCode());
        assertTrue(JSON.readTree(bad.body()).get("error").asText().contains("'RUSSIA'"), bad.body());
        HttpResponse<String> unknown = get("/api/watch?country=RUS");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown parameter 'country'"), unknown.body());
        assertEquals(400, get("/api/watch?since=yesterday").statusCode());
        assertEquals(400, get("/api/watch?weekly=maybe").statusCode());
    }

    private static int countAlerts(JsonNode report, String dyad) {
        int n = 0;
        for (JsonNode a : report.get("alerts")) if (a.get("key").asText().equals(dyad)) n++;
        return n;
    }

    @Test
    void openApiDocumentsTheWatch() throws Exception {
        JsonNode spec = JSON.readTree(get("/openapi.json").body());
        JsonNode watch = spec.get("paths").get("/api/watch");
        assertNotNull(watch, "spec has /api/watch");
        List<String> params = new ArrayList<>();
        watch.get("get").get("parameters").forEach(p -> params.add(p.get("name").asText()));
        assertEquals(List.of("dyad", "region", "since", "weekly", "points"), params);
        assertNotNull(spec.get("components").get("schemas").get("Watch"));
    }

    /** Picks a dyad in the filter; the view redraws its options as data arrives, so a stale one is found again. */
    private static void choose(WebDriverWait wait, String dyad) {
        wait.until(d -> {
            new Select(d.findElement(By.id("watchDyad"))).selectByValue(dyad);
            return dyad.equals(new Select(d.findElement(By.id("watchDyad"))).getFirstSelectedOption().getAttribute("value"));
        });
    }

    @Test
    void theTimelineMarksTheAlertsOfTheChosenDyad() throws Exception {
        Assumptions.assumeTrue(Browser.available(), Browser.missing());
        browser = Browser.start();
        browser.get(base + "/#timeline");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElements(By.cssSelector("#watchDyad option[value='RUS-UKR']")).isEmpty()
                && (Boolean) ((JavascriptExecutor) d).executeScript("return state.events.length > 0 && !!state.watch && !state.watch.loading;"));
        choose(wait, "RUS-UKR");
        wait.until(d -> !d.findElements(By.cssSelector(".alert-mark[data-dyad='RUS-UKR']")).isEmpty());

        TreeSet<String> expected = alertStarts("RUS-UKR");
        assertFalse(expected.isEmpty());
        TreeSet<String> marked = new TreeSet<>();
        for (WebElement g : browser.findElements(By.cssSelector(".alert-mark"))) {
            assertEquals("RUS-UKR", g.getAttribute("data-dyad"), "only the chosen dyad's alerts are marked");
            marked.add(g.getAttribute("data-start"));
        }
        assertEquals(expected, marked, "one mark per alert of the dyad, on its day");
        assertTrue(marked.stream().anyMatch(x -> inWindow(x, episode("RUS-UKR"))), "the injected escalation is marked: " + marked);
        List<WebElement> items = browser.findElements(By.cssSelector("#watch-alerts li.watch-alert"));
        assertEquals(expected.size(), items.size());
        assertTrue(items.get(0).getText().startsWith("alert RUS-UKR from "), items.get(0).getText());
        assertTrue(browser.findElement(By.cssSelector(".alert-mark .flag")).isDisplayed(), "the mark is drawn");
        String shots = System.getProperty("faultline.screenshots");   // as ScreenshotsTest: -Dfaultline.screenshots=DIR
        if (shots != null) Files.write(Path.of(shots).resolve("watch-timeline.png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));

        // the bars count only the chosen dyad's events
        long shown = (Long) ((JavascriptExecutor) browser).executeScript("return state.timeline.data.datasets.filter(d => d.type === 'bar')"
                + ".reduce((s, d) => s + d.data.reduce((a, p) => a + p.y, 0), 0);");
        long ofDyad = (Long) ((JavascriptExecutor) browser).executeScript(
                "return state.events.filter(e => e.date && dyadOf(e) === 'RUS-UKR').length;");
        assertEquals(ofDyad, shown, "bars add up to the dyad's dated events");
        assertTrue(shown > 0 && shown < (Long) ((JavascriptExecutor) browser).executeScript("return state.events.filter(e => e.date).length;"));

        choose(wait, "SDN-SDN");
        wait.until(d -> d.findElements(By.cssSelector(".alert-mark")).stream().allMatch(g -> "SDN-SDN".equals(g.getAttribute("data-dyad"))));
        TreeSet<String> sudan = new TreeSet<>();
        browser.findElements(By.cssSelector(".alert-mark")).forEach(g -> sudan.add(g.getAttribute("data-start")));
        assertEquals(alertStarts("SDN-SDN"), sudan);
    }
}
