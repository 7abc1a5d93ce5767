package org.faultline.lexicon;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class CountriesTest {
    @Test
    void bundledCodesJoinIsoFipsAndAcledRegions() {
        Countries c = Countries.bundled();
        Country aze = c.get("aze").orElseThrow();
        assertEquals("AZ", aze.iso2());
        assertEquals(31, aze.isoNumeric());
        assertEquals("AJ", aze.fips(), "FIPS 10-4 differs from ISO alpha-2");
        assertEquals("Caucasus and Central Asia", aze.acledRegion());
        assertEquals("GM", c.get("DEU").orElseThrow().fips());
        assertEquals("UK", c.get("GBR").orElseThrow().fips());
        assertEquals("RS", c.get("RUS").orElseThrow().fips());
        assertEquals("OD", c.get("SSD").orElseThrow().fips());
        assertEquals("Eastern Africa", c.get("SSD").orElseThrow().acledRegion());
        assertEquals("Northern Africa", c.get("SDN").orElseThrow().acledRegion());
        assertEquals("Democratic Republic of Congo", c.get("COD").orElseThrow().acledName());
        assertEquals(0, c.get("XKX").orElseThrow().isoNumeric(), "Kosovo has no ISO number");
        assertEquals("KV", c.get("XKX").orElseThrow().fips());
        assertEquals("GBR", c.byAlpha2("uk").orElseThrow().iso3(), "the .uk domain is Great Britain");
        assertTrue(c.get("XXX").isEmpty());
        assertTrue(c.get(null).isEmpty());
    }

    @Test
    void everyGazetteerCountryHasCodesAndARegion() {
        Countries c = Countries.bundled();
        Set<String> fips = new HashSet<>();
        for (Country country : c.all()) {
            assertNotNull(country.acledRegion(), country.iso3() + " has no ACLED region");
            if (country.fips() != null) assertTrue(fips.add(country.fips()), "FIPS code " + country.fips() + " given twice");
        }
        assertTrue(c.all().size() >= 249, c.all().size() + " countries");
        assertTrue(fips.size() >= 240, fips.size() + " FIPS codes");
        Gazetteer g = Gazetteer.bundled();
        for (Country country : c.all())
            if (g.country(country.iso3()).isPresent()) assertTrue(country.isoNumeric() > 0 || country.iso3().equals("XKX"), country.iso3());
    }

    @Test
    void badLinesAreRejectedWithFileAndLine() {
        var e = assertThrows(IllegalArgumentException.class, () ->
                Countries.readRegions(new StringReader("AZE\tCaucasus and Central Asia\nAZ\tEurope\n"), "r.txt"));
        assertTrue(e.getMessage().startsWith("r.txt:2: "), e.getMessage());
        Map<String, String[]> none = Map.of();
        e = assertThrows(IllegalArgumentException.class, () ->
                Countries.load(new StringReader("# codes\nAZE\tAZ\tthirty-one\tAJ\tAzerbaijan\n"), "c.tsv", none));
        assertTrue(e.getMessage().startsWith("c.tsv:2: ") && e.getMessage().contains("thirty-one"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () ->
                Countries.load(new StringReader("AZE\tAZ\t031\tAJ1\tAzerbaijan\n"), "c.tsv", none));
        assertTrue(e.getMessage().startsWith("c.tsv:1: ") && e.getMessage().contains("AJ1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () ->
                Countries.load(new StringReader("AZE\tAZ\t031\n"), "c.tsv", none));
        assertTrue(e.getMessage().startsWith("c.tsv:1: expected 5"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () ->
                Countries.load(new StringReader("AZE\tAZ\t031\tAJ\tAzerbaijan\n"), "c.tsv",
                        Map.of("ARM", new String[]{"Caucasus and Central Asia", null})));
        assertTrue(e.getMessage().contains("ARM"), e.getMessage());
    }
}
