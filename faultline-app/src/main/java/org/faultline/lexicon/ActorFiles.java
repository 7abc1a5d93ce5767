package org.faultline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads faultline's own actor files: TAB-separated columns, {@code |} between alternatives, {@code -} or nothing for
 * an empty column, {@code #} to the end of a line is a comment.
 */
final class ActorFiles {
    private ActorFiles() {}

    private enum Format { COUNTRIES, ORGANIZATIONS, GROUPS, PEOPLE, AGENTS }

    static void read(String fileName, Reader reader, ActorDictionary.Builder builder) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        Format format = formatOf(name);
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Set<String> isoCodes = new HashSet<>();
        int lineNo = 0;
        try {
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                line = line.stripTrailing();
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                String[] cols = line.split("\t", -1);
                try {
                    switch (format) {
                        case COUNTRIES -> country(cols, builder, isoCodes);
                        case ORGANIZATIONS -> organization(cols, builder);
                        case GROUPS -> group(cols, builder);
                        case PEOPLE -> person(cols, builder);
                        case AGENTS -> agent(cols, builder);
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ":" + lineNo + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static Format formatOf(String name) {
        for (Format f : Format.values())
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(f.name().toLowerCase(java.util.Locale.ROOT) + ".txt"))
                return f;
        throw new IllegalArgumentException("actor file '" + name
                + "' is none of countries.txt, organizations.txt, groups.txt, people.txt, agents.txt");
    }

    /** {@code ISO3  name  other names  adjectives  capitals and metonyms (name=SECTOR)} */
    private static void country(String[] cols, ActorDictionary.Builder b, Set<String> seen) {
        columns(cols, 2, 5, "ISO3, name, other names, adjectives, capitals");
        String iso = iso3(cols[0]);
        if (!seen.add(iso)) throw new IllegalArgumentException("country " + iso + " is listed twice");
        String name = required(cols[1], "country name");
        ActorEntry country = new ActorEntry(name, ActorKind.COUNTRY, iso, null, null, iso, null, null);
        b.add(country, ActorAlias.of(name, false));
        for (String other : alternatives(cols, 2)) b.add(country, ActorAlias.of(other, false));
        List<String> adjectives = alternatives(cols, 3);
        if (!adjectives.isEmpty()) {
            ActorEntry adjective = new ActorEntry(name, ActorKind.ADJECTIVE, iso, null, null, iso, null, null);
            for (String a : adjectives) b.add(adjective, ActorAlias.of(a, false));
        }
        for (String capital : alternatives(cols, 4)) {
            String sector = null;
            int eq = capital.lastIndexOf('=');
            if (eq >= 0) {
                sector = sector(capital.substring(eq + 1).trim());
                capital = required(capital.substring(0, eq).trim(), "capital before '='");
            }
            ActorEntry entry = new ActorEntry(capital, ActorKind.CAPITAL, iso, sector, null, null, null, null);
            b.add(entry, ActorAlias.of(capital, false));
        }
    }

    /** {@code CODE  sector  key  names} */
    private static void organization(String[] cols, ActorDictionary.Builder b) {
        columns(cols, 4, 4, "code, sector, key, names");
        String code = code(cols[0]);
        String sector = sector(required(cols[1], "sector"));
        String key = required(cols[2], "organisation key");
        List<String> names = requiredAlternatives(cols, 3);
        ActorEntry entry = new ActorEntry(names.get(0), ActorKind.ORGANIZATION, null, sector, key, code, null, null);
        for (String n : names) b.add(entry, ActorAlias.of(n, false));
    }

    /** {@code CODE  ISO3 or -  sector or -  names} */
    private static void group(String[] cols, ActorDictionary.Builder b) {
        columns(cols, 4, 4, "code, country, sector, names");
        String code = code(cols[0]);
        String country = empty(cols[1]) ? null : iso3(cols[1]);
        String sector = empty(cols[2]) ? null : sector(cols[2].trim());
        List<String> names = requiredAlternatives(cols, 3);
        ActorEntry entry = new ActorEntry(names.get(0), ActorKind.GROUP, country, sector, names.get(0), code, null, null);
        for (String n : names) b.add(entry, ActorAlias.of(n, false));
    }

    /**
     * {@code ISO3  sector  from  to  names  [group key]}; for an official of an international organisation the first
     * column holds the organisation's code instead ({@code IGOWSTNAT}), which becomes the person's code.
     */
    private static void person(String[] cols, ActorDictionary.Builder b) {
        columns(cols, 5, 6, "country, sector, from, to, names, group");
        String first = cols[0].trim();
        String country = first.length() == 3 ? iso3(first) : null;
        String code = country == null ? code(first) : null;
        String sector = sector(required(cols[1], "sector"));
        LocalDate from = date(cols[2], false);
        LocalDate to = date(cols[3], true);
        List<String> names = requiredAlternatives(cols, 4);
        String org = cols.length > 5 && !empty(cols[5]) ? cols[5].trim() : null;
        ActorEntry entry = new ActorEntry(names.get(0), ActorKind.PERSON, country, sector, org, code, from, to);
        for (String n : names) b.add(entry, ActorAlias.of(n, false));
    }

    /** {@code SECTOR  phrases} */
    private static void agent(String[] cols, ActorDictionary.Builder b) {
        columns(cols, 2, 2, "sector, phrases");
        String sector = sector(required(cols[0], "sector"));
        List<String> phrases = requiredAlternatives(cols, 1);
        ActorEntry entry = new ActorEntry(phrases.get(0), ActorKind.AGENT, null, sector, null, sector, null, null);
        for (String p : phrases) b.add(entry, ActorAlias.of(p, true));
    }

    private static void columns(String[] cols, int min, int max, String expected) {
        if (cols.length < min || cols.length > max)
            throw new IllegalArgumentException(cols.length + " TAB-separated columns, expected "
                    + (min == max ? "" + min : min + " to " + max) + " (" + expected + ")");
    }

    private static boolean empty(String col) {
        String t = col.trim();
        return t.isEmpty() || t.equals("-");
    }

    private static String required(String col, String what) {
        if (empty(col)) throw new IllegalArgumentException(what + " is missing");
        return col.trim();
    }

    private static List<String> alternatives(String[] cols, int index) {
        if (index >= cols.length || empty(cols[index])) return List.of();
        List<String> out = new ArrayList<>();
        for (String alt : cols[index].split("\\|", -1)) {
            String a = alt.trim();
            if (a.isEmpty()) throw new IllegalArgumentException("empty alternative in '" + cols[index].trim() + "'");
            if (ActorText.phraseParts(a).isEmpty())
                throw new IllegalArgumentException("alternative '" + a + "' has no word");
            out.add(a);
        }
        return out;
    }

    private static List<String> requiredAlternatives(String[] cols, int index) {
        List<String> alts = alternatives(cols, index);
        if (alts.isEmpty()) throw new IllegalArgumentException("names are missing");
        return alts;
    }

    private static String iso3(String col) {
        String t = col.trim();
        if (!t.matches("[A-Z]{3}")) throw new IllegalArgumentException("country '" + t + "' is not an ISO3 code");
        return t;
    }

    private static String sector(String s) {
        if (!s.matches("([A-Z]{3})+")) throw new IllegalArgumentException("sector '" + s + "' is not a CAMEO sector code");
        return s;
    }

    private static String code(String col) {
        String t = col.trim();
        if (!t.matches("[A-Z-]{3}[A-Z0-9]*"))
            throw new IllegalArgumentException("code '" + t + "' is not a CAMEO actor code");
        return t;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD; an end date given as year or month means its last day. */
    private static LocalDate date(String col, boolean end) {
        String t = col.trim();
        if (t.isEmpty() || t.equals("-")) return null;
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return end ? ym.atEndOfMonth() : ym.atDay(1);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + t + "' does not exist");
        }
        throw new IllegalArgumentException("date '" + t + "' is not YYYY, YYYY-MM, YYYY-MM-DD or -");
    }
}
