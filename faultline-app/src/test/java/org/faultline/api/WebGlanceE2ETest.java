package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The views that should read at a glance, in a real headless Chromium: API docs, downloads, claims, network, review, filters, map. */
class WebGlanceE2ETest extends SignedInBrowser {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Test
    @SuppressWarnings("unchecked")
    void actorNetworkIsACytoscapeForceLayout() throws Exception {
        open("#network");
        waiting(20).until(d -> (Boolean) js("return !!state.cy && state.cy.nodes().length > 0"));
        waiting(10).until(d -> !browser.findElements(By.cssSelector("#network canvas")).isEmpty());
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (JsonNode a : JSON.readTree(web.get("/api/actors").body()).get("actors"))
            if (a.hasNonNull("name") && !a.get("name").asText().equals(a.get("code").asText())) names.put(a.get("code").asText(), a.get("name").asText());
        List<java.util.Map<String, Object>> nodes = (List<java.util.Map<String, Object>>) js(
                "const c = state.cy.container().getBoundingClientRect();"
                + "return state.cy.nodes().map(n => { const b = n.renderedBoundingBox({ includeLabels: false });"
                + " return { id: n.id(), label: n.data('label'), x: n.renderedPosition('x'), y: n.renderedPosition('y'), r: n.renderedWidth() / 2,"
                + " w: c.width, h: c.height }; });");
        int named = 0;
        for (var n : nodes) {
            String id = (String) n.get("id"), label = (String) n.get("label");
            assertTrue(label.contains(id), "the label shows the code: " + label);
            if (names.containsKey(id)) {
                named++;
                assertTrue(label.contains(names.get(id)), "the label shows the name " + names.get(id) + ": " + label);
            }
            double x = ((Number) n.get("x")).doubleValue(), y = ((Number) n.get("y")).doubleValue();
            assertTrue(x > 0 && y > 0 && x < ((Number) n.get("w")).doubleValue() && y < ((Number) n.get("h")).doubleValue(),
                    id + " is inside the frame at " + x + "," + y);
        }
        assertTrue(named > 0, "some actors have names: " + names);
        for (int i = 0; i < nodes.size(); i++)
            for (int j = i + 1; j < nodes.size(); j++) {
                var a = nodes.get(i);
                var b = nodes.get(j);
                double dx = ((Number) a.get("x")).doubleValue() - ((Number) b.get("x")).doubleValue();
                double dy = ((Number) a.get("y")).doubleValue() - ((Number) b.get("y")).doubleValue();
                double rr = ((Number) a.get("r")).doubleValue() + ((Number) b.get("r")).doubleValue();
                assertTrue(Math.sqrt(dx * dx + dy * dy) >= rr * 0.9, a.get("id") + " and " + b.get("id") + " do not lie on each other");
            }
        assertEquals(0L, js("return state.cy.edges().filter(e => e.source().id() === e.target().id()).length;"), "no self-loops");
        // width by count, colour by mean Goldstein, both from the events the page shows
        List<java.util.Map<String, Object>> edges = (List<java.util.Map<String, Object>>) js(
                "return state.cy.edges('[kind = \"dyad\"]').map(e => ({ a: e.source().id(), b: e.target().id(), n: e.data('events'),"
                + " w: parseFloat(e.style('width')), c: e.style('line-color') }));");
        assertFalse(edges.isEmpty());
        java.util.Map<String, double[]> dyads = new java.util.HashMap<>();
        for (JsonNode e : JSON.readTree(web.get("/api/events?limit=5000").body()).get("events")) {
            if (e.get("actor1").isNull() || e.get("actor2").isNull()) continue;
            String k = e.get("actor1").get("code").asText() + "|" + e.get("actor2").get("code").asText();
            double[] x = dyads.computeIfAbsent(k, z -> new double[3]);
            x[0]++;
            if (e.hasNonNull("goldstein")) { x[1] += e.get("goldstein").asDouble(); x[2]++; }
        }
        var widest = edges.stream().max(java.util.Comparator.comparingDouble(e -> ((Number) e.get("n")).doubleValue())).orElseThrow();
        var thinnest = edges.stream().min(java.util.Comparator.comparingDouble(e -> ((Number) e.get("n")).doubleValue())).orElseThrow();
        for (var e : edges) {
            double[] x = dyads.get(e.get("a") + "|" + e.get("b"));
            assertEquals(x[0], ((Number) e.get("n")).doubleValue(), "edge " + e.get("a") + "→" + e.get("b") + " counts its events");
            String[] rgb = ((String) e.get("c")).replaceAll("[^0-9,]", "").split(",");
            int r = Integer.parseInt(rgb[0]), g = Integer.parseInt(rgb[1]);
            double mean = x[2] == 0 ? 0 : x[1] / x[2];
            if (mean <= -2) assertTrue(r > g, "a conflictual dyad is red: " + e);
            if (mean >= 2) assertTrue(g > r, "a cooperative dyad is green: " + e);
        }
        if (((Number) widest.get("n")).doubleValue() > ((Number) thinnest.get("n")).doubleValue())
            assertTrue(((Number) widest.get("w")).doubleValue() > ((Number) thinnest.get("w")).doubleValue(), "width grows with events");
        assertTrue(browser.findElement(By.id("network-legend")).getText().contains("Goldstein"));
    }

    @Test
    void reviewListsWhatHappenedAndPicksCodesFromLists() throws Exception {
        open("#review");
        waiting(20).until(d -> !d.findElements(By.cssSelector("#view-review li[data-event]")).isEmpty());
        JsonNode events = JSON.readTree(web.get("/api/events?limit=5000").body()).get("events");
        java.util.Map<String, JsonNode> byId = new java.util.HashMap<>();
        for (JsonNode e : events) byId.put(e.get("id").asText(), e);
        List<WebElement> items = browser.findElements(By.cssSelector("#view-review li[data-event]"));
        assertEquals(Math.min(200, events.size()), items.size());
        for (WebElement li : items.subList(0, Math.min(10, items.size()))) {
            JsonNode e = byId.get(li.getAttribute("data-event"));
            String text = li.getText();
            assertTrue(text.contains(e.get("date").asText()), "the date: " + text);
            if (!e.get("actor1").isNull()) assertTrue(text.contains(e.get("actor1").get("code").asText()), "actor 1: " + text);
            if (!e.get("actor2").isNull()) assertTrue(text.contains(e.get("actor2").get("code").asText()), "actor 2: " + text);
            if (!e.get("location").isNull()) assertTrue(text.contains(e.get("location").get("name").asText()), "the place: " + text);
        }
        String id = items.get(0).getAttribute("data-event");
        browser.findElement(By.cssSelector("#view-review li[data-event] a")).click();
        waiting(20).until(d -> "ready".equals(d.findElement(By.id("review-form")).getAttribute("data-pickers")));
        assertTrue(browser.getCurrentUrl().endsWith("#review/" + id));
        WebElement cameo = browser.findElement(By.cssSelector("#review-form input[name=cameo]"));
        assertEquals("cameo-codes", cameo.getAttribute("list"));
        long codes = (Long) js("return document.querySelectorAll('#cameo-codes option').length;");
        long known = 0;
        for (JsonNode c : JSON.readTree(web.get("/api/cameo").body()).get("codes")) if (c.get("code").asText().length() >= 3) known++;
        assertEquals(known, codes, "every 3- and 4-digit code the server knows is offered");
        assertTrue(known > 200, "the CAMEO table: " + known);
        assertEquals("1823 Kill by physical assault", js("return document.querySelector('#cameo-codes option[value=\"1823\"]').label;"));
        for (String side : List.of("actor1", "actor2"))
            assertEquals("actor-codes", browser.findElement(By.cssSelector("#review-form input[name=" + side + "]")).getAttribute("list"));
        JsonNode actors = JSON.readTree(web.get("/api/actors").body()).get("actors");
        assertEquals((long) actors.size(), js("return document.querySelectorAll('#actor-codes option').length;"));
        String named = null;
        for (JsonNode a : actors) if (!a.get("name").asText().equals(a.get("code").asText())) { named = a.get("code").asText(); break; }
        String optionLabel = (String) js("return document.querySelector('#actor-codes option[value=\"' + arguments[0] + '\"]').label;", named);
        assertTrue(optionLabel.contains(named) && optionLabel.length() > named.length() + 3, "actors are found by name too: " + optionLabel);
        // free text is refused before anything is sent
        cameo.clear();
        cameo.sendKeys("9999");
        assertFalse((Boolean) js("return arguments[0].checkValidity();", cameo), "an unknown CAMEO code is refused");
        WebElement actor1 = browser.findElement(By.cssSelector("#review-form input[name=actor1]"));
        actor1.clear();
        actor1.sendKeys("the bad guys");
        assertFalse((Boolean) js("return arguments[0].checkValidity();", actor1), "free text is not an actor");
        long reviews = web.store.reviews(id).size();
        browser.findElement(By.cssSelector("#review-form button[type=submit]")).click();
        Thread.sleep(500);
        assertEquals(reviews, web.store.reviews(id).size(), "nothing was sent");
        cameo.clear();
        cameo.sendKeys("1823");
        actor1.clear();
        actor1.sendKeys(named);
        assertTrue((Boolean) js("return arguments[0].checkValidity() && arguments[1].checkValidity();", cameo, actor1));
    }

    @Test
    void countryAndDistanceFiltersNarrowTheEvents() throws Exception {
        open("#map");
        long all = (Long) js("return state.events.length;");
        String country = (String) js("return state.events.find(e => e.location && e.location.country).location.country;");
        filter("country", country);
        waiting(20).until(d -> (Long) js("return state.events.length;") < all);
        long expected = JSON.readTree(web.get("/api/events?limit=5000&country=" + country).body()).get("count").asLong();
        assertEquals(expected, (Long) js("return state.events.length;"), "the country filter gives what the API gives");
        filter("country", "");
        waiting(20).until(d -> (Long) js("return state.events.length;") == all);
        JsonNode first = null;
        for (JsonNode e : JSON.readTree(web.get("/api/events?limit=5000").body()).get("events")) if (e.hasNonNull("location")) { first = e; break; }
        JsonNode loc = first.get("location");
        js("const f = document.getElementById('filters'); f.elements.km.value = '50'; f.elements.nearPlace.value = arguments[0];", loc.get("name").asText());
        filter("nearPlace", loc.get("name").asText());
        waiting(20).until(d -> (Long) js("return state.events.length;") < all);
        long near = JSON.readTree(web.get("/api/events?limit=5000&near=" + loc.get("lat").asDouble() + "," + loc.get("lon").asDouble() + ",50")
                .body()).get("count").asLong();
        assertEquals(near, (Long) js("return state.events.length;"), "within 50 km of " + loc.get("name").asText());
        assertTrue((Boolean) js("return state.events.every(e => e.location);"));
        js("document.getElementById('filters').elements.km.value = '';");
        filter("nearPlace", "");
    }
}
