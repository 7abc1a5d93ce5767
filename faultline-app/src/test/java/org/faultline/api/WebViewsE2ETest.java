package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The views issue 12 asked to read at a glance, in a real headless Chromium over the shared web fixture: the
 * timeline's time axis, gaps and brushing, and the views added beside it.
 */
class WebViewsE2ETest extends SignedInBrowser {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Loads the page anew (not only a change of its hash), so no filter of an earlier test stays. */
    private static void open(String hash) {
        browser.get("about:blank");
        browser.get(web.base + "/" + hash);
        waiting(20).until(d -> (Boolean) js("return typeof state !== 'undefined' && state.events.length > 0"
                + " && !document.getElementById('status').textContent.startsWith('loading')"));
    }

    private static long count(String query) throws Exception {
        return JSON.readTree(web.get("/api/events?limit=5000" + query).body()).get("count").asLong();
    }

    private static void openTimeline() {
        open("#timeline");
        waiting(20).until(d -> (Boolean) js("return !!state.timeline && !!state.timeline.scales.x"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void timelineHasATimeAxisWithYearsAndKeepsEmptyWeeksAsGaps() throws Exception {
        openTimeline();
        assertEquals("week", js("return document.getElementById('bucket').value;"));
        List<String> labels = (List<String>) js("return state.timeline.scales.x.ticks.map(t => String(t.label));");
        assertTrue(labels.size() > 2, "more than two ticks: " + labels);
        TreeSet<String> years = new TreeSet<>();
        for (JsonNode e : JSON.readTree(web.get("/api/events?limit=5000").body()).get("events"))
            if (e.hasNonNull("date")) years.add(e.get("date").asText().substring(0, 4));
        assertTrue(years.size() >= 2, "the fixture spans years: " + years);
        for (String y : years)
            assertTrue(labels.stream().anyMatch(l -> l.contains(y)), "the axis names the year " + y + ": " + labels);
        assertEquals("time", js("return state.timeline.scales.x.type;"), "a time axis, not a category axis");

        // bars per week, zero for a week without events, placed by time: a gap week sits between its neighbours
        List<Map<String, Object>> weeks = (List<Map<String, Object>>) js(
                "const ch = state.timeline, bars = ch.data.datasets.map((d, i) => [d, i]).filter(([d]) => d.type === 'bar');"
                + "return ch.data.datasets[0].data.map((p, j) => ({ start: new Date(p.x - 3.5 * 86400000).toISOString().slice(0, 10),"
                + " n: bars.reduce((s, [d]) => s + d.data[j].y, 0), x: ch.scales.x.getPixelForValue(p.x),"
                + " h: bars.reduce((s, [d, i]) => s + Math.abs(ch.getDatasetMeta(i).data[j].height || 0), 0) }));");
        int first = -1, last = -1;
        for (int i = 0; i < weeks.size(); i++) if (((Number) weeks.get(i).get("n")).longValue() > 0) { if (first < 0) first = i; last = i; }
        int gap = -1;
        for (int i = first + 1; i < last && gap < 0; i++) if (((Number) weeks.get(i).get("n")).longValue() == 0) gap = i;
        assertTrue(gap > 0, "an empty week between the first and the last: " + weeks.size() + " weeks");
        Map<String, Object> g = weeks.get(gap);
        LocalDate monday = LocalDate.parse((String) g.get("start"));
        assertEquals(java.time.DayOfWeek.MONDAY, monday.getDayOfWeek());
        assertEquals(0.0, ((Number) g.get("h")).doubleValue(), 0.01, "no bar is drawn in the empty week " + monday);
        assertTrue(JSON.readTree(web.get("/api/events?limit=5000&from=" + monday + "&to=" + monday.plusDays(6)).body()).get("events")
                .findValues("date").stream().noneMatch(d -> d.asText().length() == 10), "the API has no event dated to a day of that week");
        double before = ((Number) weeks.get(gap - 1).get("x")).doubleValue(), at = ((Number) g.get("x")).doubleValue(),
                after = ((Number) weeks.get(gap + 1).get("x")).doubleValue();
        assertTrue(before < at && at < after, "the empty week keeps its place on the axis");
        double week = (((Number) weeks.get(last).get("x")).doubleValue() - ((Number) weeks.get(first).get("x")).doubleValue()) / (last - first);
        assertEquals(week, at - before, 0.5, "weeks are evenly spaced in time");
        assertTrue(week > 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void brushingTheTimelineSetsTheDateFilter() throws Exception {
        openTimeline();
        long all = (Long) js("return state.events.length;");
        WebElement canvas = browser.findElement(By.id("timeline-canvas"));
        Map<String, Object> area = (Map<String, Object>) js("const a = state.timeline.chartArea, x = state.timeline.scales.x;"
                + "const x1 = a.left + 0.3 * (a.right - a.left), x2 = a.left + 0.65 * (a.right - a.left);"
                + "return { x1, x2, y: (a.top + a.bottom) / 2, from: new Date(Math.floor(x.getValueForPixel(x1) / 86400000) * 86400000).toISOString().slice(0, 10),"
                + " to: new Date(Math.ceil(x.getValueForPixel(x2) / 86400000) * 86400000 - 86400000).toISOString().slice(0, 10),"
                + " w: arguments[0].clientWidth, h: arguments[0].clientHeight };", canvas);
        double x1 = num(area, "x1"), x2 = num(area, "x2"), y = num(area, "y"), w = num(area, "w"), h = num(area, "h");
        new Actions(browser).moveToElement(canvas, (int) Math.round(x1 - w / 2), (int) Math.round(y - h / 2)).clickAndHold()
                .moveByOffset((int) Math.round((x2 - x1) / 2), 0).moveByOffset((int) Math.round((x2 - x1) / 2), 0).release().perform();
        waiting(20).until(d -> !"".equals(js("return document.getElementById('filters').elements.from.value;"))
                && !((String) js("return document.getElementById('status').textContent")).startsWith("loading"));
        String from = (String) js("return document.getElementById('filters').elements.from.value;");
        String to = (String) js("return document.getElementById('filters').elements.to.value;");
        assertTrue(Math.abs(LocalDate.parse(from).toEpochDay() - LocalDate.parse((String) area.get("from")).toEpochDay()) <= 1,
                "from " + from + " is where the drag began: " + area.get("from"));
        assertTrue(Math.abs(LocalDate.parse(to).toEpochDay() - LocalDate.parse((String) area.get("to")).toEpochDay()) <= 1,
                "to " + to + " is where the drag ended: " + area.get("to"));
        assertEquals(from, js("return state.filters.from;"), "the filter the events were loaded with");
        long shown = (Long) js("return state.events.length;");
        assertEquals(count("&from=" + from + "&to=" + to), shown, "the API's events of the brushed dates");
        assertTrue(shown > 0 && shown < all, shown + " of " + all);
        assertTrue((Boolean) js("return state.events.every(e => e.date && e.date.slice(0, 7) <= arguments[1].slice(0, 7)"
                + " && (e.date.length < 10 || (e.date >= arguments[0] && e.date <= arguments[1])));", from, to));
        waiting(10).until(d -> (Boolean) js("return !!state.timeline && state.timeline.scales.x.min <= Date.parse(arguments[0] + 'T00:00:00Z')"
                + " && state.timeline.scales.x.max >= Date.parse(arguments[1] + 'T00:00:00Z');", from, to));
        assertTrue(browser.findElement(By.id("timeline-range")).getText().contains(from), "the range is shown");
        List<String> labels = (List<String>) js("return state.timeline.scales.x.ticks.map(t => String(t.label));");
        assertTrue(labels.size() > 2, "more than two ticks on the brushed range: " + labels);
        assertTrue(labels.get(0).contains(from.substring(0, 4)), "the first tick names the year: " + labels);
        WebElement allDates = browser.findElement(By.id("timeline-all"));
        assertTrue(allDates.isDisplayed());
        allDates.click();
        waiting(20).until(d -> (Long) js("return state.events.length;") == all);
        assertEquals("", js("return document.getElementById('filters').elements.from.value;"));
    }

    @Test
    void theSearchBoxNarrowsTheEventsToThoseThatHoldTheWords() throws Exception {
        open("#map");
        long all = (Long) js("return state.events.length;");
        String word = TextSearchApiTest.narrowingWord(web);
        WebElement box = browser.findElement(By.cssSelector("#filters input[name=q]"));
        assertEquals("search", box.getAttribute("type"));
        box.sendKeys(word.toLowerCase(), org.openqa.selenium.Keys.ENTER);
        waiting(20).until(d -> (Long) js("return state.events.length;") < all
                && !((String) js("return document.getElementById('status').textContent")).startsWith("loading"));
        long expected = count("&q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(expected, (Long) js("return state.events.length;"), "the events the API finds for " + word);
        assertTrue((Boolean) js("return state.events.every(e => JSON.stringify(e).toLowerCase().includes(arguments[0]));",
                word.toLowerCase()), "each event shown holds " + word);
        assertTrue(((String) js("return document.getElementById('status').textContent")).startsWith(expected + " events"));
        WebElement csv = browser.findElement(By.cssSelector("#downloads a[data-format=csv]"));
        new Actions(browser).moveToElement(csv).perform();
        assertTrue(csv.getAttribute("href").contains("q=" + word.toLowerCase()), "downloads keep the search: " + csv.getAttribute("href"));
        box.clear();
        box.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting(20).until(d -> (Long) js("return state.events.length;") == all);
    }

    /** Moves the map and waits for the labels of the new view. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> labelsAt(double lat, double lon, int zoom) {
        try {   // the map may still be zooming to fit the events: the view is set again until it holds
            waiting(20).until(d -> (Boolean) js("const m = state.map;"
                    + " if (m._animatingZoom) return false;"
                    + " if (m.getZoom() !== arguments[2] || Math.abs(m.getCenter().lat - arguments[0]) > 0.01) {"
                    + "   placeLabels.asked = 0; m.setView([arguments[0], arguments[1]], arguments[2], { animate: false }); return false; }"
                    + " return placeLabels.asked > 0 && placeLabels.layer.getLayers().length > 0"
                    + " && placeLabels.layer.getLayers().every(x => !!x.getElement() && x.getElement().dataset.name);", lat, lon, zoom));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no labels at zoom " + zoom + ": " + js("return JSON.stringify({ zoom: state.map.getZoom(),"
                    + " asked: placeLabels.asked, layers: placeLabels.layer.getLayers().length, view: state.view,"
                    + " status: document.getElementById('status').textContent });"), e);
        }
        Map<String, Object> bounds = (Map<String, Object>) js("const b = state.map.getBounds(); return { s: b.getSouth(), w: b.getWest(),"
                + " n: b.getNorth(), e: b.getEast() };");
        Set<String> offered = new TreeSet<>();
        try {
            for (JsonNode l : JSON.readTree(web.get("/api/places/labels?bbox=" + num(bounds, "s") + "," + num(bounds, "w") + ","
                    + num(bounds, "n") + "," + num(bounds, "e") + "&zoom=" + zoom).body()).get("labels")) offered.add(l.get("name").asText());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        List<Map<String, Object>> shown = (List<Map<String, Object>>) js("return [...document.querySelectorAll('.leaflet-labels-pane .place-label')].map(e => {"
                + " const r = e.querySelector('.name').getBoundingClientRect(), m = document.getElementById('map').getBoundingClientRect();"
                + " return { name: e.dataset.name, capital: e.classList.contains('capital'), population: Number(e.dataset.population),"
                + " x1: r.left, x2: r.right, y1: r.top, y2: r.bottom, inside: r.left >= m.left && r.right <= m.right && r.top >= m.top"
                + " && r.bottom <= m.bottom, shown: getComputedStyle(e.querySelector('.name')).visibility !== 'hidden' }; });");
        for (Map<String, Object> a : shown)
            assertTrue(offered.contains((String) a.get("name")), a.get("name") + " is one the server offers for this view: " + offered);
        return shown;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMapLabelsCapitalsAndLargeTownsForItsZoom() throws Exception {
        open("#map");
        waiting(20).until(d -> (Boolean) js("return !!state.map && !!placeLabels.layer;"));
        List<Map<String, Object>> far = labelsAt(48, 12, 4), near = labelsAt(48, 12, 7);
        for (List<Map<String, Object>> shown : List.of(far, near)) {
            assertFalse(shown.isEmpty());
            for (int i = 0; i < shown.size(); i++) {
                Map<String, Object> a = shown.get(i);
                assertTrue((Boolean) a.get("inside") && (Boolean) a.get("shown"), a + " is inside the map and visible");
                for (int j = i + 1; j < shown.size(); j++) {
                    Map<String, Object> b = shown.get(j);
                    boolean overlap = num(a, "x1") < num(b, "x2") && num(b, "x1") < num(a, "x2") && num(a, "y1") < num(b, "y2") && num(b, "y1") < num(a, "y2");
                    assertFalse(overlap, a.get("name") + " and " + b.get("name") + " do not overlap");
                }
            }
            assertTrue(shown.stream().anyMatch(a -> (Boolean) a.get("capital")), "capitals are labelled: " + shown);
        }
        assertTrue(near.size() > 0 && far.stream().filter(a -> !(Boolean) a.get("capital")).mapToDouble(a -> num(a, "population")).min().orElse(1e12)
                > near.stream().filter(a -> !(Boolean) a.get("capital")).mapToDouble(a -> num(a, "population")).min().orElse(0),
                "closer in, smaller towns are labelled too");
        // the labels lie under the events: their pane is below the overlay pane that holds the event markers
        long labelsZ = Long.parseLong((String) js("return getComputedStyle(document.querySelector('.leaflet-labels-pane')).zIndex;"));
        long overlayZ = Long.parseLong((String) js("return getComputedStyle(document.querySelector('.leaflet-overlay-pane')).zIndex;"));
        assertTrue(labelsZ < overlayZ);
        assertEquals("none", js("return getComputedStyle(document.querySelector('.leaflet-labels-pane')).pointerEvents;"), "labels take no clicks");
    }

    @Test
    void theEventCardListsEachReportOnce() throws Exception {
        String id = twiceToldEvent();
        open("#map");
        js("showCard(arguments[0]);", id);
        waiting(20).until(d -> !d.findElements(By.cssSelector("#card .evidence.report")).isEmpty());
        JsonNode e = JSON.readTree(web.get("/api/events/" + id).body());
        Set<String> documents = new TreeSet<>();
        for (JsonNode r : e.get("reports")) documents.add(r.get("document").asText());
        assertTrue(e.get("reports").size() > documents.size(), "the event has two reports from one document: " + e.get("reports").size());
        List<WebElement> reports = browser.findElements(By.cssSelector("#card .evidence.report"));
        assertEquals(documents.size(), reports.size(), "one entry per report (document)");
        Set<String> shown = new TreeSet<>();
        for (WebElement r : reports) assertTrue(shown.add(r.getAttribute("data-document")), "each document once");
        assertEquals(documents, shown);
        List<String> sentences = browser.findElements(By.cssSelector("#card .evidence.report mark")).stream().map(WebElement::getText).toList();
        assertEquals(new TreeSet<>(sentences).size(), sentences.size(), "each sentence once: " + sentences);
        assertEquals(documents.size() + " reports (" + e.get("reports").size() + " sentences)",
                browser.findElement(By.cssSelector("#card .f-reports")).getText());
    }

    /** Stores one incident told twice by one article and once by another; returns its merged event's id. */
    private static String twiceToldEvent() {
        var army = new org.faultline.model.Actor("Lowland army", "COL", "MIL", null, "COLMIL");
        var town = new org.faultline.model.Actor("Valdora residents", "COL", "CVL", null, "COLCVL");
        var port = new org.faultline.model.Place("Valdora", "Valdora", "COL", "Magdalena", 10.96, -74.80, "city", 1, List.of());
        String id = null;
        for (String outlet : List.of("Lowland Gazette", "Harbour Post")) {
            String s1 = "Army units shelled the harbour of Valdora on Tuesday, " + outlet + " reported.";
            String s2 = "The shelling of the harbour of Valdora on Tuesday lasted two hours.";
            String text = s1 + " " + s2;
            List<org.faultline.model.Event> events = new java.util.ArrayList<>();
            for (String s : outlet.startsWith("Lowland") ? List.of(s1, s2) : List.of(s1)) {
                int at = text.indexOf(s);
                events.add(new org.faultline.model.Event(outlet.substring(0, 3) + "-e" + at, org.faultline.model.PartialDate.parse("2024-03-12"),
                        army, town, "194", null, null, null, port, null, null, null, org.faultline.model.EventStatus.ASSERTED,
                        new org.faultline.model.Evidence(at == 0 ? 0 : 1, at, at + s.length(), s)).withIncident(outlet + "-valdora"));
            }
            var article = new org.faultline.model.Article("twice-" + outlet.substring(0, 3).toLowerCase(), "test", text,
                    java.time.LocalDate.parse("2024-03-13"), "input", outlet, "Valdora harbour shelled", null);
            web.store.put(new org.faultline.model.Document(article, events, List.of(), List.of(), List.of(), List.of(port),
                    List.of(), List.of(), List.of()));
        }
        for (org.faultline.store.MergedEvent m : web.store.events(org.faultline.store.EventQuery.all().withText("Valdora")))
            if (m.reports().stream().anyMatch(r -> r.documentId().equals("twice-low"))) id = m.id();
        assertNotNull(id, "the incident is stored");
        return id;
    }

    private static double num(Map<String, Object> m, String k) {
        Object v = m.get(k);
        assertNotNull(v, k);
        return ((Number) v).doubleValue();
    }
}
