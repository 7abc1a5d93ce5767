package org.faultline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The names of news outlets and agencies that make a parenthetical a citation even without a date. */
final class CitationOutlets {
    static final String FILE = "citation-outlets.txt";
    private static volatile CitationOutlets bundled;

    private final Set<String> names;

    private CitationOutlets(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** The list shipped with faultline, loaded once. */
    static CitationOutlets bundled() {
        CitationOutlets o = bundled;
        if (o == null) {
            synchronized (CitationOutlets.class) {
                if (bundled == null) {
                    try (InputStream in = CitationOutlets.class.getResourceAsStream(FILE)) {
                        if (in == null) throw new IllegalStateException(FILE + " is missing from the class path");
                        bundled = read(in, FILE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
                    }
                }
                o = bundled;
            }
        }
        return o;
    }

    /**
     * Reads one name a line; blank lines and {@code #} comments are skipped. A line holding a character
     * that cannot be part of an outlet's name as cited (parentheses, ';', ',') or a repeated name is an
     * error whose message starts with "{@code name}:LINE: ".
     */
    static CitationOutlets read(InputStream in, String name) throws IOException {
        Set<String> names = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (entry.isEmpty()) continue;
            if (entry.matches(".*[(),;].*"))
                throw new IllegalArgumentException(name + ":" + n + ": outlet '" + entry + "' holds one of ( ) , ;");
            if (!names.add(key(entry)))
                throw new IllegalArgumentException(name + ":" + n + ": outlet '" + entry + "' is listed twice");
        }
        return new CitationOutlets(names);
    }

    /** Whether {@code name} is a listed outlet, ignoring case, a leading "The" and a trailing "news agency". */
    boolean contains(String name) {
        String k = key(name);
        if (names.contains(k)) return true;
        String shorter = k.replaceFirst("\\s+(?:news\\s+agency|agency|newspaper|daily|website|tv|television|channel|radio)$", "");
        return !shorter.equals(k) && names.contains(shorter);
    }

    private static String key(String name) {
        String k = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return k.startsWith("the ") ? k.substring(4) : k;
    }
}
