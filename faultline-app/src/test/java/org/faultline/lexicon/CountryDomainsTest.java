package org.faultline.lexicon;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryDomainsTest {
    @Test
    void outletsWrittenAsDomainsHaveTheirCountry() {
        CountryDomains d = CountryDomains.bundled();
        assertEquals("UKR", d.countryOf("Mod.gov.ua"));
        assertEquals("KEN", d.countryOf("Nation.co.ke"));
        assertEquals("ARM", d.countryOf("news.am"));
        assertNull(d.countryOf("Reuters"), "a name that is no domain");
        assertNull(d.countryOf("example.com"), "a generic domain names no country");
        assertNull(d.countryOf(null));
    }

    @Test
    void badLinesNameFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CountryDomains.load(new StringReader("# header\naz\tAZE\nam ARM\n"), "mine.txt"));
        assertTrue(e.getMessage().startsWith("mine.txt:3: "), e.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> CountryDomains.load(new StringReader("az\tAZE\naz\tARM\n"), "mine.txt"));
        assertTrue(twice.getMessage().startsWith("mine.txt:2: "), twice.getMessage());
    }
}
