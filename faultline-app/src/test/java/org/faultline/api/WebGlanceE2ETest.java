package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The views that should read at a glance, in a real headless Chromium: API docs, downloads, claims, network, review, filters, map. */
class WebGlanceE2ETest {
    private static WebFixture web;
    private static ChromeDriver browser;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), Browser.missing());
        web = WebFixture.get();
        browser = Browser.start();
        browser.get(web.base + "/");
        js("localStorage.setItem('faultline.token', arguments[0]);", web.token);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebDriverWait waiting(int seconds) {
        WebDriverWait w = new WebDriverWait(browser, Duration.ofSeconds(seconds));
        w.ignoring(StaleElementReferenceException.class);
        return w;
    }

    private static void open(String hash) {
        browser.get(web.base + "/" + hash);
        waiting(20).until(d -> (Boolean) js("return typeof state !== 'undefined' && state.events.length > 0"));
    }

    @Test
    void apiDocsRenderTheOpenApiDocument() throws Exception {
        browser.get(web.base + "/docs");
        waiting(20).until(d -> d.findElements(By.cssSelector(".opblock")).size() > 5);
        JsonNode spec = JSON.readTree(web.get("/openapi.json").body());
        int operations = 0;
        for (JsonNode path : spec.get("paths")) operations += path.size();
        List<WebElement> blocks = browser.findElements(By.cssSelector(".opblock"));
        assertEquals(operations, blocks.size(), "one block per operation of /openapi.json");
        List<String> paths = browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(e -> e.getAttribute("data-path")).toList();
        assertTrue(paths.contains("/api/events"), "the events endpoint is listed: " + paths);
        assertTrue(browser.findElement(By.cssSelector(".info .title")).getText().contains("faultline API"));
        browser.get(web.base + "/");
        assertEquals("/docs", browser.findElement(By.cssSelector("header a.apidocs")).getAttribute("pathname"));
    }

    /** Applies the filter form with {@code name} set to {@code value} and waits for the events to reload. */
    private static void filter(String name, String value) {
        js("const f = document.getElementById('filters'); f.elements[arguments[0]].value = arguments[1];"
                + " f.requestSubmit();", name, value);
        waiting(20).until(d -> !((String) js("return document.getElementById('status').textContent")).startsWith("loading"));
    }

    @Test
    void downloadsGiveTheCurrentFilter() throws Exception {
        open("#map");
        String actor = (String) js("return state.events.find(e => e.actor1).actor1.code.slice(0, 3);");
        long all = (Long) js("return state.events.length;");
        filter("actor", actor);
        waiting(20).until(d -> (Long) js("return state.events.length;") < all);
        long shown = (Long) js("return state.events.length;");
        assertTrue(shown > 0, "the actor filter keeps some events");
        WebElement csvLink = browser.findElement(By.cssSelector("#downloads a[data-format=csv]"));
        new org.openqa.selenium.interactions.Actions(browser).moveToElement(csvLink).perform();
        String href = csvLink.getAttribute("href");
        assertTrue(href.contains("/api/export?format=csv") && href.contains("actor=" + actor), href);
        for (String[] f : new String[][]{{"csv", "CSV"}, {"geojson", "GeoJSON"}, {"acled", "ACLED CSV"}})
            assertEquals(f[1], browser.findElement(By.cssSelector("#downloads a[data-format=" + f[0] + "]")).getText());
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetchExport('csv').then(f => f.blob.text()).then(done, e => done('ERROR ' + e));");
        assertEquals(shown, csv.strip().lines().count() - 1, "one CSV row per event shown: " + csv.lines().limit(3).toList());
        String geo = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetchExport('geojson').then(f => f.blob.text()).then(done, e => done('ERROR ' + e));");
        long located = (Long) js("return state.events.filter(e => e.location).length;");
        assertEquals(located, JSON.readTree(geo).get("features").size(), "one feature per located event shown");
        String acled = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetchExport('acled').then(f => f.blob.text()).then(done, e => done('ERROR ' + e));");
        assertTrue(acled.startsWith("event_id_cnty,"), acled.lines().findFirst().orElse(""));
        csvLink.click();   // the save itself: the status line says what was saved
        waiting(20).until(d -> ((String) js("return document.getElementById('status').textContent")).contains("saved as events.csv"));
        assertTrue(((String) js("return document.getElementById('status').textContent")).startsWith(shown + " events"));
        filter("actor", "");
    }

    @Test
    void claimsBoardNamesClaimantsAndTheEvent() throws Exception {
        JsonNode pairs = JSON.readTree(web.get("/api/claims?contested=true").body()).get("pairs");
        assertTrue(pairs.size() > 0, "the sample corpus has contested events");
        open("#claims");
        waiting(20).until(d -> d.findElements(By.cssSelector("#claims .pair")).size() == pairs.size());
        List<WebElement> heads = browser.findElements(By.cssSelector("#claims h3.pair-event"));
        List<WebElement> who = browser.findElements(By.cssSelector("#claims .side h4 .claimants"));
        for (int i = 0; i < pairs.size(); i++) {
            JsonNode about = pairs.get(i).get("about");
            String head = heads.get(i).getText();
            assertTrue(head.contains(about.get("cameo_name").asText()) && head.contains(about.get("date").asText()),
                    "the pair is headed by what happened and when: " + head);
            JsonNode claimant = pairs.get(i).get("claim").get("claimants").get(0);
            String shown = who.get(2 * i).getText();
            assertTrue(shown.contains(claimant.get("name").asText()), "the claimant's name, not only its code: " + shown);
            assertTrue(shown.contains("(" + claimant.get("code").asText() + ")"), "and its code: " + shown);
        }
        for (WebElement ctx : browser.findElements(By.cssSelector("#claims p.context"))) {
            String t = ctx.getText().strip();
            assertFalse(t.isEmpty());
            assertTrue(t.startsWith("… ") || Character.isUpperCase(t.codePointAt(0)) || !Character.isLetter(t.codePointAt(0)),
                    "a snippet starts at a sentence or says it is cut: " + t);
        }
    }
}
