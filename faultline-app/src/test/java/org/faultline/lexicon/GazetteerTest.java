package org.faultline.lexicon;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    /** A small table written for this test: two towns of one name in two countries, a subdivision, two countries. */
    private static final String TABLE = """
            # name\talt\tcountry\tadmin1\tlat\tlon\tfeature\tprecision\tpopulation
            Norland\tNorlandia\tNRL\t\t10.0\t20.0\tcountry\t3\t900000
            Sudmark\t\tSDM\t\t-10.0\t20.0\tcountry\t3\t500000
            Eastvale Province\tEastvale\tNRL\t\t10.5\t21.0\tadmin\t2\t300000
            Brückenfeld\tBrueckenfeld\tNRL\tEastvale Province\t10.6\t21.2\tcity\t1\t120000
            Brückenfeld\t\tSDM\t\t-10.2\t20.3\tcity\t1\t4000
            Port O'Hare\t\tSDM\t\t-11.0\t21.0\tcity\t1\t60000
            """;

    private static final String EXTRA = """
            # regions and other names
            Grey Coast\tGrey Shore|Greycoast\t-\t-\t0.5\t20.5\tregion\t3
            Brückenfeld\tBridgefield\tNRL\t-\t-\t-\tcity\t-
            """;

    static InputStream gz(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Gazetteer small() throws IOException {
        return Gazetteer.load(gz(TABLE), text(EXTRA), "extra.txt");
    }

    @Test
    void looksUpIgnoringCaseDiacriticsApostrophesAndHyphens() throws IOException {
        Gazetteer g = small();
        assertEquals(2, g.lookup("brückenfeld").size());
        assertEquals(2, g.lookup("BRUCKENFELD").size());
        assertEquals("Port O'Hare", g.lookup("Port OHare").get(0).name());
        assertEquals("Port O'Hare", g.lookup("port o’hare").get(0).name());
        assertEquals("Grey Coast", g.lookup("grey-shore").get(0).name());
        assertTrue(g.lookup("Atlantis").isEmpty());
    }

    @Test
    void ranksBiggerPlacesFirstAndAttachesAliases() throws IOException {
        Gazetteer g = small();
        List<GazetteerEntry> both = g.lookup("Bruckenfeld");
        assertEquals("NRL", both.get(0).country());
        assertEquals(120000, both.get(0).population());
        List<GazetteerEntry> bridge = g.lookup("Bridgefield");
        assertEquals(1, bridge.size(), "the alias-only line attaches to the Norland town only");
        assertEquals("NRL", bridge.get(0).country());
        assertEquals(10.6, bridge.get(0).lat(), 1e-9);
        assertTrue(bridge.get(0).aliases().contains("Bridgefield"));
        assertEquals("admin", g.lookup("Eastvale").get(0).feature());
    }

    @Test
    void findsCountriesByIso3() throws IOException {
        Gazetteer g = small();
        assertEquals("Norland", g.country("NRL").orElseThrow().name());
        assertEquals("Norland", g.country("nrl").orElseThrow().name());
        assertTrue(g.country("XYZ").isEmpty());
        assertEquals("country", g.lookup("Norlandia").get(0).feature());
    }

    @Test
    void badTableLineNamesFileAndLine() {
        String broken = TABLE + "Nowhere\t\tNRL\t\tnorth\t20.0\tcity\t1\t10\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(gz(broken), null, "extra.txt"));
        assertTrue(e.getMessage().startsWith("gazetteer.tsv.gz:8: "), e.getMessage());
    }

    @Test
    void badExtraLineNamesFileAndLine() {
        String shortLine = EXTRA + "Lost Valley\t-\tNRL\t-\t1.0\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.load(gz(TABLE), text(shortLine), "extra.txt"));
        assertTrue(e.getMessage().startsWith("extra.txt:4: "), e.getMessage());
        String noTarget = EXTRA + "Atlantis\tAtlantida\tNRL\t-\t-\t-\tcity\t-\n";
        e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(gz(TABLE), text(noTarget), "extra.txt"));
        assertTrue(e.getMessage().startsWith("extra.txt:4: ") && e.getMessage().contains("Atlantis"), e.getMessage());
        String badLat = EXTRA + "Lost Valley\t-\tNRL\t-\t95.0\t20.0\tregion\t2\n";
        e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.load(gz(TABLE), text(badLat), "extra.txt"));
        assertTrue(e.getMessage().startsWith("extra.txt:4: ") && e.getMessage().contains("95.0"), e.getMessage());
    }

    @Test
    void bundledGazetteerHasTheWorld() {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.bundled();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("bundled gazetteer: " + g.size() + " entries, loaded in " + ms + " ms");
        assertSame(g, Gazetteer.bundled());
        assertTrue(g.size() > 100_000, "size " + g.size());
        assertEquals("Azerbaijan", g.country("AZE").orElseThrow().name());
        GazetteerEntry kiev = g.lookup("Kiev").get(0);
        assertEquals("UKR", kiev.country());
        assertEquals(50.45, kiev.lat(), 0.1);
        assertEquals(30.52, kiev.lon(), 0.1);
        GazetteerEntry karabakh = g.lookup("Artsakh").get(0);
        assertEquals("Nagorno-Karabakh", karabakh.name());
        assertTrue(karabakh.aliases().contains("Karabakh"));
        assertEquals("Zaporizhia", g.lookup("Zaporozhye").stream().filter(e -> e.feature().equals("city"))
                .findFirst().orElseThrow().name());
        assertFalse(g.lookup("Šiauliai").isEmpty());
        assertEquals("LTU", g.lookup("Siauliai").get(0).country());
        assertEquals("PSE", g.lookup("Gaza").get(0).country());
        assertNotNull(g.lookup("Red Sea").get(0));
        assertEquals("ETH", g.lookup("Mekele").get(0).country(), "apostrophe-free spelling of Mek'ele");
    }

    @Test
    void partOfACountryLiesInThatDirection() {
        Gazetteer g = Gazetteer.bundled();
        GazetteerEntry ukraine = g.country("UKR").orElseThrow();
        GazetteerEntry east = g.part(ukraine, "eastern").orElseThrow();
        GazetteerEntry west = g.part(ukraine, "western").orElseThrow();
        assertTrue(east.lon() > ukraine.lon() && west.lon() < ukraine.lon(), east + " / " + west);
        assertEquals("eastern Ukraine", east.name());
        assertTrue(g.part(ukraine, "upper").isEmpty());
    }

    @Test
    void admin1NearComesFromTheNearestTownOfTheCountry() throws IOException {
        Gazetteer g = small();
        assertEquals("Eastvale Province", g.admin1Near("NRL", 10.61, 21.19, 25).orElseThrow());
        assertTrue(g.admin1Near("NRL", 12.0, 25.0, 25).isEmpty(), "no town within 25 km");
        assertTrue(g.admin1Near("SDM", -10.2, 20.3, 25).isEmpty(), "the town there has no subdivision");
        assertTrue(g.admin1Near(null, 10.6, 21.2, 25).isEmpty());
    }
}
