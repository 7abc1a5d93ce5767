package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.store.TokenHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API on a real server on a free port: every endpoint, bad parameters, missing tokens. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.get();
    }

    private static JsonNode ok(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.uri() + " answered " + r.body());
        return JSON.readTree(r.body());
    }

    private static void bad(String path, String mentions) throws Exception {
        HttpResponse<String> r = web.get(path);
        assertEquals(400, r.statusCode(), path + " answered " + r.body());
        String message = JSON.readTree(r.body()).get("error").asText();
        assertTrue(message.contains(mentions), path + ": message '" + message + "' does not name '" + mentions + "'");
    }

    private static JsonNode firstEvent() throws Exception {
        JsonNode events = ok(web.get("/api/events?limit=5"), 200).get("events");
        assertTrue(events.size() > 0, "the sample corpus gives events");
        return events.get(0);
    }

    @Test
    void tokenIsStoredOnlyAsASaltedHash() {
        List<TokenHash> stored = web.store.tokens();
        assertEquals(1, stored.size());
        assertFalse(stored.get(0).hash().contains(web.token.substring(4)), "the stored hash is not the token");
        assertTrue(web.announced.stream().anyMatch(l -> l.contains(web.token)), "the token is printed once at start");
        ApiTokens again = new ApiTokens(web.store);
        assertTrue(again.valid(web.token));
        assertFalse(again.valid(web.token + "x"));
        assertFalse(again.valid(""));
    }

    @Test
    void eventsListWithFilters() throws Exception {
        JsonNode all = ok(web.get("/api/events"), 200);
        int n = all.get("count").asInt();
        assertTrue(n > 5, "sample corpus gives several merged events: " + n);
        JsonNode e = all.get("events").get(0);
        for (String f : List.of("id", "date", "cameo", "quad", "goldstein", "status", "evidence", "reports", "claims", "review"))
            assertTrue(e.has(f), "event has " + f + ": " + e);
        assertEquals(3, ok(web.get("/api/events?limit=3"), 200).get("events").size());

        String root = e.get("root").asText();
        for (JsonNode x : ok(web.get("/api/events?root=" + root), 200).get("events")) assertEquals(root, x.get("root").asText());
        for (JsonNode x : ok(web.get("/api/events?type=" + root), 200).get("events")) assertEquals(root, x.get("root").asText());
        String status = e.get("status").asText();
        for (JsonNode x : ok(web.get("/api/events?status=" + status), 200).get("events")) assertEquals(status, x.get("status").asText());
        String actor = e.get("actor1").get("code").asText().substring(0, 3);
        JsonNode byActor = ok(web.get("/api/events?actor=" + actor.toLowerCase()), 200).get("events");
        assertTrue(byActor.size() > 0);
        for (JsonNode x : byActor)
            assertTrue(x.get("actor1").get("code").asText().startsWith(actor) || x.get("actor2").get("code").asText().startsWith(actor));
        String day = e.get("date").asText();
        JsonNode sameDay = ok(web.get("/api/events?from=" + day + "&to=" + day), 200).get("events");
        assertTrue(sameDay.size() > 0 && sameDay.size() < n, "a one-day window holds some events, not all");
        JsonNode loc = e.get("location");
        JsonNode near = ok(web.get("/api/events?near=" + loc.get("lat") + "," + loc.get("lon") + ",5"), 200).get("events");
        assertTrue(near.size() > 0);
        assertTrue(ok(web.get("/api/events?country=" + loc.get("country").asText()), 200).get("count").asInt() > 0);
    }

    @Test
    void badEventParametersGive400WithAMessage() throws Exception {
        bad("/api/events?limit=abc", "abc");
        bad("/api/events?limit=0", "limit 0");
        bad("/api/events?limit=999999999", "999999999");
        bad("/api/events?from=yesterday", "yesterday");
        bad("/api/events?from=2024-03-10&to=2024-03-01", "ends before it starts");
        bad("/api/events?status=rumoured", "rumoured");
        bad("/api/events?root=42", "42");
        bad("/api/events?country=Ukraine", "Ukraine");
        bad("/api/events?actor=RUS%27%3B%20DROP%20TABLE%20review%3B--", "not a CAMEO actor code");
        bad("/api/events?near=1,2", "LAT,LON,KM");
        bad("/api/events?colour=red", "colour");
        bad("/api/events?format=xml", "xml");
        bad("/api/events?actor=" + "A".repeat(300), "longer than");
        bad("/api/claims?contested=maybe", "maybe");
        bad("/api/documents?limit=-1", "-1");
        bad("/api/cameo/abc", "abc");
    }

    @Test
    void oneEventAndUnknownIds() throws Exception {
        JsonNode e = firstEvent();
        JsonNode one = ok(web.get("/api/events/" + e.get("id").asText()), 200);
        assertEquals(e.get("id"), one.get("id"));
        assertEquals(e.get("evidence"), one.get("evidence"));
        assertEquals(404, web.get("/api/events/no-such-event").statusCode());
        assertEquals(404, web.get("/api/documents/no-such-document").statusCode());
        assertEquals(404, web.get("/api/cameo/99").statusCode());
        assertEquals(404, web.get("/api/nothing-here").statusCode());
    }

    @Test
    void reviewNeedsATokenAndPersists() throws Exception {
        JsonNode events = ok(web.get("/api/events?limit=50"), 200).get("events");
        String id = events.get(events.size() - 1).get("id").asText();
        String body = "{\"reviewer\":\"ana\",\"action\":\"correct\",\"corrections\":{\"fatalities\":7,\"cameo\":\"193\",\"date\":\"2024-02-29\"}}";
        assertEquals(401, web.post("/api/events/" + id + "/review", "application/json", body, null).statusCode());
        assertEquals(401, web.post("/api/events/" + id + "/review", "application/json", body, "flt_wrong").statusCode());
        assertEquals(404, web.post("/api/events/nope/review", "application/json", body, web.token).statusCode());
        for (String[] b : new String[][]{
                {"{\"reviewer\":\"ana\"}", "action"},
                {"{\"reviewer\":\"ana\",\"action\":\"approve\"}", "approve"},
                {"{\"action\":\"confirm\"}", "reviewer"},
                {"{\"reviewer\":\"ana\",\"action\":\"correct\",\"corrections\":{\"cameo\":\"999\"}}", "999"},
                {"{\"reviewer\":\"ana\",\"action\":\"correct\",\"corrections\":{\"fatalities\":-3}}", "-3"},
                {"{\"reviewer\":\"ana\",\"action\":\"correct\",\"corrections\":{\"colour\":\"red\"}}", "colour"},
                {"{\"reviewer\":\"ana\",\"action\":\"correct\",\"corrections\":{\"date\":\"March\"}}", "March"},
                {"{\"reviewer\":\"ana\",\"action\":\"correct\"}", "needs at least one"},
                {"not json", "not valid JSON"}}) {
            HttpResponse<String> r = web.post("/api/events/" + id + "/review", "application/json", b[0], web.token);
            assertEquals(400, r.statusCode(), b[0] + " answered " + r.body());
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains(b[1]), b[0] + ": " + r.body());
        }
        JsonNode saved = ok(web.post("/api/events/" + id + "/review", "application/json", body, web.token), 201);
        assertEquals("corrected", saved.get("review").get("state").asText());
        JsonNode again = ok(web.get("/api/events/" + id), 200);
        assertEquals(7, again.get("fatalities").asInt());
        assertEquals("193", again.get("cameo").asText());
        assertEquals("2024-02-29", again.get("date").asText());
        assertEquals("ana", again.get("review").get("reviewer").asText());
        assertTrue(again.get("review").get("corrections").has("fatalities"));
        String csv = web.get("/api/events?format=csv&limit=50").body();
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(id + ",") && l.contains(",corrected,ana,")), csv);

        ok(web.post("/api/events/" + id + "/review", "application/json", "{\"reviewer\":\"bo\",\"action\":\"reject\"}", web.token), 201);
        JsonNode rejected = ok(web.get("/api/events/" + id), 200);
        assertEquals("rejected", rejected.get("review").get("state").asText());
        assertEquals(7, rejected.get("fatalities").asInt(), "earlier corrections stay");
    }

    @Test
    void aCorrectedPlaceCarriesCoordinates() throws Exception {
        JsonNode events = ok(web.get("/api/events?limit=40"), 200).get("events");
        String id = null, other = null;
        for (JsonNode e : events) {
            if (e.get("location").isNull() || e.get("review") != null && !e.get("review").isNull()) continue;
            if (id == null) id = e.get("id").asText();
            else if (other == null) other = e.get("id").asText();
        }
        assertTrue(id != null && other != null, "two located events without reviews");
        String unknown = "{\"reviewer\":\"ana\",\"action\":\"correct\",\"corrections\":{\"place\":\"Qqqzzyx Flats\"}}";
        HttpResponse<String> r = web.post("/api/events/" + id + "/review", "application/json", unknown, web.token);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("Qqqzzyx Flats") && r.body().contains("lat"), r.body());
        String badCoords = "{\"reviewer\":\"ana\",\"action\":\"correct\",\"corrections\":{\"place\":{\"name\":\"X\",\"lat\":95,\"lon\":0}}}";
        assertEquals(400, web.post("/api/events/" + id + "/review", "application/json", badCoords, web.token).statusCode());

        // a name the gazetteer knows: its coordinates come with it
        String byName = "{\"reviewer\":\"ana\",\"action\":\"correct\",\"corrections\":{\"place\":\"Nairobi\"}}";
        JsonNode named = ok(web.post("/api/events/" + id + "/review", "application/json", byName, web.token), 201);
        JsonNode loc = named.get("location");
        assertEquals("Nairobi", loc.get("name").asText());
        assertEquals(-1.3, loc.get("lat").asDouble(), 0.3);
        assertEquals(36.8, loc.get("lon").asDouble(), 0.3);
        assertEquals("KEN", loc.get("country").asText());
        assertEquals(loc.get("lat").asDouble(), named.get("review").get("corrections").get("place").get("lat").asDouble(), 1e-9);
        JsonNode listed = null;
        for (JsonNode e : ok(web.get("/api/events?limit=40"), 200).get("events")) if (e.get("id").asText().equals(id)) listed = e;
        assertTrue(listed != null);
        assertEquals(loc, listed.get("location"), "the map shows the event at its corrected place");

        // a place the gazetteer lacks: the reviewer gives the coordinates
        String byPoint = "{\"reviewer\":\"bo\",\"action\":\"correct\",\"corrections\":{\"place\":{\"name\":\"Camp 7\",\"lat\":12.5,\"lon\":-3.25}}}";
        JsonNode pointed = ok(web.post("/api/events/" + other + "/review", "application/json", byPoint, web.token), 201);
        assertEquals("Camp 7", pointed.get("location").get("name").asText());
        assertEquals(12.5, pointed.get("location").get("lat").asDouble(), 1e-9);
        assertEquals(-3.25, pointed.get("location").get("lon").asDouble(), 1e-9);
    }

    @Test
    void claimsActorsRelationsDocuments() throws Exception {
        JsonNode claims = ok(web.get("/api/claims"), 200);
        assertTrue(claims.get("count").asInt() > 0, "the corpus denies some incidents");
        JsonNode contested = ok(web.get("/api/claims?contested=true"), 200);
        assertTrue(contested.get("count").asInt() <= claims.get("count").asInt());
        for (JsonNode c : contested.get("claims")) assertTrue(c.get("contested").asBoolean());
        assertTrue(contested.get("pairs").size() > 0, "a contested claim is paired with its denial");
        JsonNode pair = contested.get("pairs").get(0);
        assertEquals("assert", pair.get("claim").get("stance").asText());
        assertEquals("deny", pair.get("denial").get("stance").asText());
        assertEquals(pair.get("claim").get("evidence").get("text").asText(), pair.get("claim").get("context").get("evidence").asText());

        assertTrue(ok(web.get("/api/actors"), 200).get("actors").size() > 1);
        assertTrue(ok(web.get("/api/relations"), 200).get("relations").isArray());
        assertTrue(ok(web.get("/api/stats"), 200).get("merged_events").asLong() > 0);
        assertEquals(-2.0, ok(web.get("/api/cameo/112"), 200).get("goldstein").asDouble(), 10.0);

        JsonNode docs = ok(web.get("/api/documents?limit=5"), 200).get("documents");
        assertEquals(5, docs.size());
        JsonNode d = ok(web.get("/api/documents/" + docs.get(0).get("id").asText()), 200);
        String text = d.get("text").asText();
        assertFalse(text.isEmpty());
        for (JsonNode e : d.get("events")) {
            JsonNode ev = e.get("evidence");
            assertEquals(ev.get("text").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()),
                    "evidence offsets point into the text");
        }
    }

    @Test
    void addArticleRunsThePipeline() throws Exception {
        String article = "KHARTOUM, March 3, 2024 - Paramilitary fighters shelled a market in Omdurman on Saturday, killing "
                + "twelve civilians, local medics said. The army accused the Rapid Support Forces of the attack, "
                + "which the group denied in a statement.";
        String json = JSON.writeValueAsString(java.util.Map.of("text", article, "title", "Market shelled", "outlet", "Test Wire"));
        assertEquals(401, web.post("/api/documents", "application/json", json, null).statusCode());
        HttpResponse<String> empty = web.post("/api/documents", "application/json", "{\"text\":\"  \"}", web.token);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("empty"));
        assertEquals(400, web.post("/api/documents", "application/json", "{\"text\":\"x\",\"published\":\"soon\"}", web.token).statusCode());
        assertEquals(400, web.post("/api/documents", "application/xml", "<a/>", web.token).statusCode());

        JsonNode created = ok(web.post("/api/documents", "application/json", json, web.token), 201);
        assertTrue(created.get("created").asBoolean());
        assertEquals("Market shelled", created.get("title").asText());
        assertTrue(created.get("events").size() > 0, "the pipeline finds the shelling: " + created);
        JsonNode stored = ok(web.get("/api/documents/" + created.get("id").asText()), 200);
        assertEquals(article, stored.get("text").asText());
        assertTrue(stored.get("dates").size() > 0, "the dates are stored: " + stored.get("dates"));
        for (JsonNode m : stored.get("dates"))
            assertEquals(m.get("text").asText(), article.substring(m.get("start").asInt(), m.get("end").asInt()));
        assertTrue(stored.get("place_mentions").size() > 0, "where the places are named is stored");
        for (JsonNode m : stored.get("place_mentions")) {
            assertEquals(m.get("text").asText(), article.substring(m.get("start").asInt(), m.get("end").asInt()));
            assertTrue(m.get("place").asInt() < stored.get("places").size());
        }
        JsonNode same = ok(web.post("/api/documents", "text/plain", article, web.token), 200);
        assertFalse(same.get("created").asBoolean());
        assertEquals(created.get("id"), same.get("id"));

        HttpResponse<String> huge = web.post("/api/documents", "text/plain", "war ".repeat(600_000), web.token);
        assertEquals(413, huge.statusCode(), "bodies over the limit are refused");
    }

    @Test
    void openApiSpecNamesEveryRoute() throws Exception {
        JsonNode spec = ok(web.get("/openapi.json"), 200);
        assertEquals("3.0.3", spec.get("openapi").asText());
        List<String> paths = new ArrayList<>();
        spec.get("paths").fieldNames().forEachRemaining(paths::add);
        for (String p : List.of("/api/events", "/api/events/{id}", "/api/events/{id}/review", "/api/claims", "/api/actors",
                "/api/relations", "/api/documents", "/api/documents/{id}", "/api/cameo/{code}", "/api/stats"))
            assertTrue(paths.contains(p), "spec has " + p);
        assertTrue(spec.get("paths").get("/api/documents").has("post"));
    }

    @Test
    void staticUiAndSecurityHeaders() throws Exception {
        HttpResponse<String> index = web.get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("/app.js"));
        assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals(200, web.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
        JsonNode boundaries = JSON.readTree(web.get("/boundaries.geojson").body());
        assertTrue(boundaries.get("features").size() > 200, "country outlines ship with the app");
        assertNotEquals(200, web.get("/../pom.xml").statusCode());
    }
}
