package org.faultline.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.Faultline;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web app in a real headless Chromium: map markers, evidence, a correction that persists, an inert script. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebE2ETest extends SignedInBrowser {

    private static void open(String hash) {
        browser.get(web.base + "/" + hash);
    }

    /** Clicks clusters (which zoom in) until a single event marker shows, and returns it. */
    /** The map redraws its markers while it settles: a marker found a moment ago may be gone, so it is found again. */
    private static void clickSomeMarker() {
        waiting(10).until(d -> {
            try {
                someMarker().click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }

    private static WebElement someMarker() {
        for (int i = 0; i < 8; i++) {
            List<WebElement> markers = browser.findElements(By.cssSelector("path.ev-marker"));
            if (!markers.isEmpty()) return markers.get(0);
            try {
                browser.findElements(By.cssSelector(".ev-cluster")).get(0).click();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                continue;   // redrawn under us: look again
            }
            waiting(5).until(d -> !d.findElements(By.cssSelector("path.ev-marker, .ev-cluster")).isEmpty());
        }
        throw new AssertionError("no single event marker after zooming in");
    }

    @Test
    @Order(1)
    void sampleCorpusShowsMarkersOnTheMap() {
        open("#map");
        waiting(20).until(d -> !d.findElements(By.cssSelector("path.ev-marker, .ev-cluster")).isEmpty());
        long count = (Long) js("return state.events.filter(e => e.location).length;");
        assertTrue(count > 5, "events with places loaded: " + count);
        String onMap = "return document.querySelectorAll('path.ev-marker').length + [...document.querySelectorAll('.ev-cluster')]"
                + ".reduce((s, c) => s + Number(c.textContent), 0);";
        waiting(10).until(d -> ((Long) js(onMap)) == count);   // markers are redrawn while the map settles
        assertEquals(count, (Long) js(onMap), "every located event is on the map, alone or in a cluster");
        // the boundaries arrive by a fetch of their own, which may end after the markers are drawn
        waiting(20).until(d -> d.findElements(By.cssSelector(".leaflet-countries-pane path")).size() > 100);
        assertTrue(browser.findElements(By.cssSelector(".leaflet-countries-pane path")).size() > 100,
                "the offline country boundaries are drawn");
    }

    @Test
    @Order(2)
    void anEventShowsItsEvidenceHighlighted() throws Exception {
        open("#map");
        waiting(20).until(d -> !d.findElements(By.cssSelector("path.ev-marker, .ev-cluster")).isEmpty());
        clickSomeMarker();
        WebElement mark = waiting(10).until(d -> d.findElements(By.cssSelector("#card mark.hl-evidence")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        String id = browser.findElement(By.id("card")).getAttribute("data-event");
        var event = new ObjectMapper().readTree(web.get("/api/events/" + id).body());
        String expected = event.get("reports").get(0).get("evidence").get("text").asText();
        assertEquals(expected.strip().replaceAll("\\s+", " "), mark.getText().strip().replaceAll("\\s+", " "),
                "the card highlights the event's evidence sentence");
        assertFalse(expected.isBlank());
        assertEquals("rgba(255, 224, 102, 1)", mark.getCssValue("background-color"), "evidence is highlighted");
    }

    @Test
    @Order(3)
    void aCorrectionPersistsAcrossReload() {
        open("#map");
        waiting(20).until(d -> !d.findElements(By.cssSelector("path.ev-marker, .ev-cluster")).isEmpty());
        clickSomeMarker();
        waiting(10).until(d -> d.findElement(By.cssSelector("#card .review-link")).isDisplayed());
        String id = browser.findElement(By.id("card")).getAttribute("data-event");
        browser.findElement(By.cssSelector("#card .review-link")).click();
        WebElement fatalities = waiting(10).until(d -> d.findElement(By.cssSelector("#review-form input[name=fatalities]")));
        fatalities.clear();
        fatalities.sendKeys("42");
        WebElement cameo = browser.findElement(By.cssSelector("#review-form input[name=cameo]"));
        cameo.clear();
        cameo.sendKeys("1823");
        WebElement reviewer = browser.findElement(By.cssSelector("#review-form input[name=reviewer]"));
        reviewer.clear();
        reviewer.sendKeys("e2e-analyst");
        browser.findElement(By.cssSelector("#review-form input[value=correct]")).click();
        browser.findElement(By.cssSelector("#review-form button[type=submit]")).click();
        waiting(10).until(d -> !d.findElements(By.cssSelector(".correction[data-field=fatalities]")).isEmpty());

        browser.navigate().refresh();
        waiting(10).until(d -> "42".equals(d.findElement(By.cssSelector("#review-form input[name=fatalities]")).getAttribute("value")));
        waiting(10).until(d -> "1823".equals(d.findElement(By.cssSelector("#review-form input[name=cameo]")).getAttribute("value")));
        waiting(10).until(d -> d.findElement(By.cssSelector("#view-review h3")).getText().contains("corrected by e2e-analyst"));
        waiting(10).until(d -> d.findElement(By.cssSelector("#view-review .badge.reviewed")).getText().contains("corrected"));
        assertTrue(browser.getCurrentUrl().endsWith("#review/" + id));

        open("#map");   // the map card shows the corrected value too
        waiting(20).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return state.events.length > 0"));
        js("showCard(arguments[0]);", id);
        waiting(10).until(d -> d.findElement(By.cssSelector("#card .f-fatalities")).getText().equals("42"));
    }

    @Test
    @Order(4)
    void aScriptPayloadIsRenderedInert() {
        open("#add");
        WebElement text = waiting(10).until(d -> d.findElement(By.cssSelector("#add-form textarea[name=text]")));
        String payload = "GAZA CITY, May 4, 2024 - Israeli aircraft struck a school in Gaza City on Saturday, killing nine people, "
                + "the health ministry said. <script>window.__pwned = 1;</script> <img src=x onerror=\"window.__pwned = 2\"> "
                + "The army said it had targeted a command post.";
        js("arguments[0].value = arguments[1];", text, payload);
        js("arguments[0].value = arguments[1];", browser.findElement(By.cssSelector("#add-form input[name=title]")),
                "Strike <b onmouseover=\"window.__pwned=3\">report</b>");
        browser.findElement(By.cssSelector("#add-form button[type=submit]")).click();
        WebElement doc = new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(d -> d.getCurrentUrl().contains("#documents/") ? d.findElements(By.cssSelector("#document .doctext")).stream()
                        .findFirst().orElse(null) : null);
        waiting(10).until(d -> doc.getText().contains("window.__pwned = 1"));
        assertTrue(doc.getText().contains("<script>window.__pwned = 1;</script>"), "the markup shows as text");
        assertTrue(doc.getText().contains("<img src=x onerror="));
        assertTrue(browser.findElement(By.cssSelector("#document .doc-title")).getText().contains("<b onmouseover="));
        assertTrue(browser.findElements(By.cssSelector("#document script, #document img, #document b")).isEmpty(),
                "no element was made from the article");
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned;"), "the payload never ran");
        assertFalse(browser.findElements(By.cssSelector("#document .hl-event")).isEmpty(), "the strike is highlighted as an event");
        List<String> dates = browser.findElements(By.cssSelector("#document .doctext .hl-date")).stream().map(WebElement::getText).toList();
        assertTrue(dates.contains("Saturday") || dates.stream().anyMatch(d -> d.contains("May 4")), "dates are highlighted by offset: " + dates);
        List<String> places = browser.findElements(By.cssSelector("#document .doctext .hl-place")).stream().map(WebElement::getText).toList();
        assertTrue(places.stream().anyMatch(p -> p.contains("Gaza")), "places are highlighted by offset: " + places);
    }

    @Test
    @Order(5)
    void aTooltipShowsMarkupInAnEventAsText() {
        open("#map");
        waiting(20).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return state.events.some(e => e.location)"));
        String date = "<img src=x onerror=\"window.__pwned = 5\">2024-05-04";
        String name = "<b onmouseover=\"window.__pwned = 6\">Fight</b> & <i>shell</i>";
        js("state.events = [Object.assign({}, state.events.find(e => e.location), { id: 'tooltip-test', date: arguments[0],"
                + " cameo_name: arguments[1] })]; drawMarkers();", date, name);
        waiting(10).until(d -> d.findElements(By.cssSelector("path.ev-marker")).size() == 1);
        js("state.layer.eachLayer(l => { if (l.getTooltip && l.getTooltip()) l.openTooltip(); });");
        WebElement tip = waiting(10).until(d -> d.findElements(By.cssSelector(".leaflet-tooltip")).stream().findFirst().orElse(null));
        assertEquals(date + " " + name, tip.getText().strip(), "the tooltip shows the date and CAMEO name as they are");
        assertTrue(browser.findElements(By.cssSelector(".leaflet-tooltip img, .leaflet-tooltip b, .leaflet-tooltip i")).isEmpty(),
                "no element was made from the event");
        assertNull(js("return window.__pwned === undefined ? null : window.__pwned;"), "the payload never ran");
        browser.navigate().refresh();   // the real events again
    }

    @Test
    @Order(6)
    void withAReadTokenThePageAsksForItAndThenLoads() throws Exception {
        try (WebServer guarded = WebServer.start(web.store, () -> Faultline.create(null),
                WebServer.options().port(0).readToken(true), line -> { })) {
            String base = "http://127.0.0.1:" + guarded.port();
            browser.get(base + "/#map");
            waiting(20).until(d -> d.findElement(By.id("status")).getText().contains("API token"));
            assertTrue(browser.findElement(By.id("status")).getText().contains("--read-token"),
                    "the page says why nothing loads: " + browser.findElement(By.id("status")).getText());
            assertEquals(0L, (Long) js("return state.events.length;"));
            WebElement token = browser.findElement(By.id("token"));
            token.sendKeys(web.token);
            token.sendKeys(org.openqa.selenium.Keys.TAB);   // 'change': the token is kept and the events load
            waiting(20).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return state.events.length > 0"));
            browser.navigate().refresh();   // kept across a reload
            waiting(20).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return state.events.length > 0"));
        }
    }

    static WebDriver driver() {
        return browser;
    }
}
