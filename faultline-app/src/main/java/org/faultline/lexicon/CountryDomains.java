package org.faultline.lexicon;

import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country-code internet domains ({@code domains.txt}): the country an outlet's domain names, so that a citation of
 * "Mod.gov.ua" or "Nation.co.ke" says which country the source is in.
 *
 * <p>File format, one entry a line, TAB-separated, {@code #} starts a comment: {@code domain  ISO3}.
 */
public final class CountryDomains {
    static final String FILE = "domains.txt";
    private static final Bundled<CountryDomains> BUNDLED = Bundled.file(FILE, CountryDomains::load);

    private final Map<String, String> byDomain = new HashMap<>();

    private CountryDomains() {}

    /** The table shipped in the jar, loaded once per process. */
    public static CountryDomains bundled() {
        return BUNDLED.get();
    }

    /** The ISO3 country of an outlet written as a domain name ("Mod.gov.ua" -> UKR), or null. */
    public String countryOf(String outlet) {
        if (outlet == null) return null;
        String o = outlet.trim().toLowerCase(Locale.ROOT);
        int dot = o.lastIndexOf('.');
        if (dot < 0 || dot == o.length() - 1 || o.contains(" ")) return null;
        return byDomain.get(o.substring(dot + 1));
    }

    /** Reads a domain table; a bad line throws an exception whose message starts with {@code name:line: }. */
    static CountryDomains load(Reader reader, String name) {
        CountryDomains table = new CountryDomains();
        DataLines.read(reader, name, (line, lineNo, where) -> {
            String[] f = line.strip().split("\t");
            if (f.length != 2 || !f[0].strip().matches("[a-z]{2,3}") || !f[1].strip().matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(where + "expected 'domain<TAB>ISO3', got '" + line.strip() + "'");
            }
            if (table.byDomain.put(f[0].strip(), f[1].strip()) != null) {
                throw new IllegalArgumentException(where + "domain '" + f[0].strip() + "' is listed twice");
            }
        });
        return table;
    }
}
