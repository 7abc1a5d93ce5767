package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.lexicon.Capitals;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/places/labels}: capitals and large towns inside a box, fewer when zoomed out; bad boxes refused. */
class PlaceLabelsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.get();
    }

    private static JsonNode labels(String bbox, int zoom) throws Exception {
        HttpResponse<String> r = web.get("/api/places/labels?bbox=" + bbox + "&zoom=" + zoom);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void labelsLieInTheBoxAndThinOutAsTheMapZoomsOut() throws Exception {
        String box = "35,-10,60,30";
        JsonNode near = labels(box, 7), far = labels(box, 4);
        assertTrue(near.get("labels").size() > far.get("labels").size(), "more labels closer in");
        assertTrue(near.get("min_population").asLong() < far.get("min_population").asLong());
        for (JsonNode answer : List.of(near, far)) {
            long min = answer.get("min_population").asLong();
            boolean sawTown = false;
            long last = Long.MAX_VALUE;
            for (JsonNode l : answer.get("labels")) {
                double lat = l.get("lat").asDouble(), lon = l.get("lon").asDouble();
                assertTrue(lat >= 35 && lat <= 60 && lon >= -10 && lon <= 30, l.toString());
                long population = l.get("population").asLong();
                if (l.get("capital").asBoolean()) {
                    assertTrue(!sawTown, "capitals come first: " + l);
                    continue;
                }
                sawTown = true;
                assertTrue(population >= min, "a town of at least " + min + ": " + l);
                assertTrue(population <= last, "towns by population: " + l);
                last = population;
            }
        }
        long capitals = 0;
        for (JsonNode l : far.get("labels")) if (l.get("capital").asBoolean()) capitals++;
        long inBox = Capitals.bundled().towns().stream().filter(t -> t.lat() >= 35 && t.lat() <= 60 && t.lon() >= -10 && t.lon() <= 30).count();
        assertEquals(inBox, capitals, "at zoom 4 every capital in the box");
        assertTrue(labels(box, 2).get("labels").size() < far.get("labels").size());
    }

    @Test
    void aBoxAcrossThe180thMeridianTakesBothSides() throws Exception {
        JsonNode r = labels("-50,170,-30,-170", 4);
        boolean west = false, east = false;
        for (JsonNode l : r.get("labels")) {
            double lon = l.get("lon").asDouble();
            assertTrue(lon >= 170 || lon <= -170, l.toString());
            west |= lon >= 170;
        }
        assertTrue(west, "New Zealand's towns lie east of 170: " + r);
        for (JsonNode l : labels("-20,170,0,-170", 5).get("labels")) east |= l.get("lon").asDouble() <= -170;
        assertTrue(east, "towns west of -170 (Samoa, Tonga)");
    }

    @Test
    void badRequestsNameTheirValue() throws Exception {
        for (String[] c : new String[][]{{"bbox=1,2,3&zoom=4", "'1,2,3'"}, {"bbox=60,0,50,10&zoom=4", "out of range"},
                {"bbox=0,0,10,200&zoom=4", "out of range"}, {"bbox=0,0,1,1&zoom=x", "'x'"}, {"bbox=0,0,1,1&zoom=25", "25"},
                {"zoom=3", "bbox is missing"}, {"bbox=0,0,1,1&level=3", "unknown parameter 'level'"}}) {
            HttpResponse<String> r = web.get("/api/places/labels?" + c[0]);
            assertEquals(400, r.statusCode(), c[0] + ": " + r.body());
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains(c[1]), r.body());
        }
        JsonNode spec = JSON.readTree(web.get("/openapi.json").body());
        assertNotNull(spec.get("paths").get("/api/places/labels"), "documented in the OpenAPI document");
    }
}
