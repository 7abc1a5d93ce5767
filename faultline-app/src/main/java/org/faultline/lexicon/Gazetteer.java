package org.faultline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The world's countries, first-level subdivisions and towns of 1000 or more inhabitants (generated from GeoNames
 * and country-state-city by {@code scripts/gazetteer/build.mjs}), plus the hand-written named regions and
 * other and contested names of {@code places-extra.txt}.
 *
 * <p>Names are looked up case-, diacritic-, apostrophe- and hyphen-insensitively ({@link #fold(String)}).
 */
public final class Gazetteer {
    static final String TSV = "gazetteer.tsv.gz";
    static final String EXTRA = "places-extra.txt";
    private static final Bundled<Gazetteer> BUNDLED = new Bundled<>(Gazetteer::loadBundled);

    private final Map<String, List<GazetteerEntry>> byName;
    private final Map<String, GazetteerEntry> countries;
    private final Map<String, List<GazetteerEntry>> citiesByCountry;
    private final Set<GazetteerEntry> curated;
    private final int maxNameWords;
    private final int size;

    private Gazetteer(Map<String, List<GazetteerEntry>> byName, Map<String, GazetteerEntry> countries,
                      Map<String, List<GazetteerEntry>> citiesByCountry, Set<GazetteerEntry> curated,
                      int maxNameWords, int size) {
        this.byName = byName;
        this.curated = curated;
        this.countries = countries;
        this.citiesByCountry = citiesByCountry;
        this.maxNameWords = maxNameWords;
        this.size = size;
    }

    /** The gazetteer shipped in the jar, loaded once per process. */
    public static Gazetteer bundled() {
        return BUNDLED.get();
    }

    private static Gazetteer loadBundled() {
        try (InputStream tsv = resource(TSV); InputStream extra = resource(EXTRA)) {
            return load(tsv, extra, EXTRA);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled gazetteer", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("bundled resource org/faultline/lexicon/" + name + " is missing");
        return in;
    }

    /**
     * Reads a gzipped gazetteer table and, when {@code extra} is not null, a places-extra file.
     * A bad line throws an {@link IllegalArgumentException} whose message starts with {@code file:line: };
     * gazetteer lines are reported as {@code gazetteer.tsv.gz:N}, extra lines as {@code nameForErrors:N}.
     */
    public static Gazetteer load(InputStream tsvGz, InputStream extra, String nameForErrors) {
        if (tsvGz == null) throw new IllegalArgumentException("gazetteer stream must not be null");
        String extraName = nameForErrors == null || nameForErrors.isBlank() ? EXTRA : nameForErrors;
        GazetteerBuilder builder = new GazetteerBuilder();
        try {
            builder.readTable(new BufferedReader(new InputStreamReader(new GZIPInputStream(tsvGz, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16), TSV);
            if (extra != null)
                builder.readExtra(new BufferedReader(new InputStreamReader(extra, StandardCharsets.UTF_8)), extraName);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer: " + e.getMessage(), e);
        }
        return builder.build();
    }

    /** The key under which a name is looked up: lower case, no diacritics, apostrophes, dots or hyphens. */
    public static String fold(String name) {
        return GazetteerNames.fold(name);
    }

    /**
     * Every place that has this name or alias, best first: hand-written entries, then countries, subdivisions,
     * and towns by decreasing population. Empty when none does.
     */
    public List<GazetteerEntry> lookup(String name) {
        if (name == null) return List.of();
        List<GazetteerEntry> hits = byName.get(fold(name));
        return hits == null ? List.of() : hits;
    }

    /**
     * Subdivisions whose name is written another way: "Zaporozhye" for Zaporizhzhia Oblast, "Kherson" for
     * Khersonska, "Shusha" for Susa. Transliterations of one name differ in vowels and in digraphs (gh/g,
     * kh/h, zh/j), so the key is the name's consonants after folding those. Only subdivisions and regions are
     * indexed: the key is loose, and the resolver asks it only when a place word ("region", "district") follows.
     */
    public List<GazetteerEntry> lookupSpelling(String name) {
        if (name == null) return List.of();
        Map<String, List<GazetteerEntry>> index = spellings;
        if (index == null) {
            synchronized (this) {
                if (spellings == null) {
                    Map<String, List<GazetteerEntry>> built = new HashMap<>();
                    java.util.Set<GazetteerEntry> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                    for (List<GazetteerEntry> hits : byName.values()) {
                        for (GazetteerEntry e : hits) {
                            if (!(e.feature().equals("admin") || e.feature().equals("region")) || !seen.add(e)) continue;
                            java.util.Set<String> keys = new java.util.HashSet<>();
                            keys.add(spellingKey(e.name()));
                            for (String a : e.aliases()) keys.add(spellingKey(a));
                            for (String k : keys) if (k.length() >= 3) built.computeIfAbsent(k, x -> new ArrayList<>()).add(e);
                        }
                    }
                    spellings = built;
                }
                index = spellings;
            }
        }
        List<GazetteerEntry> hits = index.get(spellingKey(name));
        return hits == null ? List.of() : hits;
    }

    private volatile Map<String, List<GazetteerEntry>> spellings;

    /** Consonant skeleton of a place name without its generic word: "Ghazni District" and "Gazni" give "gzn". */
    static String spellingKey(String name) {
        String f = fold(name).replaceAll("\\b(district|region|rayon|raion|oblast|province|governorate|county|municipality)\\b", " ")
                .replace("gh", "g").replace("kh", "h").replace("zh", "j").replace("dh", "d").replace("th", "t")
                .replace("sh", "s").replace("ch", "c").replaceAll("[^a-z]", "");
        if (f.isEmpty()) return f;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ("aeiouy".indexOf(c) >= 0) continue;
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) continue;
            out.append(c);
        }
        return out.toString();
    }

    /** The country with this ISO 3166-1 alpha-3 code. */
    public Optional<GazetteerEntry> country(String iso3) {
        if (iso3 == null) return Optional.empty();
        return Optional.ofNullable(countries.get(iso3.toUpperCase(Locale.ROOT)));
    }

    /**
     * The first-level subdivision of the town nearest to a point, among the towns of that country within
     * {@code maxKm}: where a place was resolved without its subdivision ("Shusha"), the towns around it say which
     * one it lies in. Empty when no town of the country with a known subdivision is that close.
     */
    public Optional<String> admin1Near(String iso3, double lat, double lon, double maxKm) {
        if (iso3 == null || !(maxKm > 0)) return Optional.empty();
        GazetteerEntry best = null;
        double bestKm = maxKm;
        double cosLat = Math.cos(Math.toRadians(lat));
        for (GazetteerEntry c : citiesByCountry.getOrDefault(iso3.toUpperCase(Locale.ROOT), List.of())) {
            if (c.admin1() == null) continue;
            double dy = (c.lat() - lat) * 111.2, dx = (c.lon() - lon) * 111.2 * cosLat;
            double km = Math.sqrt(dx * dx + dy * dy);
            if (km <= bestKm) {
                bestKm = km;
                best = c;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.admin1());
    }

    /** Whether the entry comes from the hand-written places-extra file rather than the generated table. */
    public boolean curated(GazetteerEntry entry) {
        return entry != null && curated.contains(entry);
    }

    /** The largest number of words of any name or alias, so a caller knows how far to look ahead. */
    public int maxNameWords() {
        return maxNameWords;
    }

    /** The towns (generated city entries) of {@code country}, or of every country when it is null, in table order. */
    public List<GazetteerEntry> towns(String country) {
        if (country != null) return List.copyOf(citiesByCountry.getOrDefault(country.toUpperCase(Locale.ROOT), List.of()));
        List<GazetteerEntry> all = new ArrayList<>();
        for (List<GazetteerEntry> towns : citiesByCountry.values()) all.addAll(towns);
        return all;
    }

    /** Number of distinct entries. */
    public int size() {
        return size;
    }

    /**
     * A part of a country or subdivision named by a direction ("north", "southern", "north-eastern", "central"):
     * the mean position of its towns lying in that part (a third of its extent). Empty when the whole is neither a
     * country nor a subdivision, the direction is not one, or too few towns are known there.
     */
    public Optional<GazetteerEntry> part(GazetteerEntry whole, String direction) {
        if (whole == null || direction == null || whole.country() == null) return Optional.empty();
        String d = fold(direction).replace(" ", "");
        if (d.endsWith("ern")) d = d.substring(0, d.length() - 3);
        int ns = d.startsWith("north") ? 1 : d.startsWith("south") ? -1 : 0;
        String rest = d.replaceFirst("^(north|south)", "");
        int ew = rest.equals("east") ? 1 : rest.equals("west") ? -1 : 0;
        if (ns == 0 && ew == 0 && !d.equals("central") && !d.equals("centre") && !d.equals("center"))
            return Optional.empty();
        List<GazetteerEntry> towns = new ArrayList<>();
        for (GazetteerEntry c : citiesByCountry.getOrDefault(whole.country(), List.of())) {
            if (whole.feature().equals("country") || whole.name().equals(c.admin1())) towns.add(c);
        }
        if (towns.size() < 3) return Optional.empty();
        double[] lats = towns.stream().mapToDouble(GazetteerEntry::lat).sorted().toArray();
        double[] lons = towns.stream().mapToDouble(GazetteerEntry::lon).sorted().toArray();
        double lat0 = lats[lats.length / 20], lat1 = lats[lats.length - 1 - lats.length / 20];
        double lon0 = lons[lons.length / 20], lon1 = lons[lons.length - 1 - lons.length / 20];
        double sumLat = 0, sumLon = 0;
        int n = 0;
        for (GazetteerEntry c : towns) {
            double y = (c.lat() - lat0) / Math.max(lat1 - lat0, 1e-6), x = (c.lon() - lon0) / Math.max(lon1 - lon0, 1e-6);
            boolean inNs = ns > 0 ? y >= 2 / 3.0 : ns < 0 ? y <= 1 / 3.0 : (ew != 0 || (y > 1 / 3.0 && y < 2 / 3.0));
            boolean inEw = ew > 0 ? x >= 2 / 3.0 : ew < 0 ? x <= 1 / 3.0 : (ns != 0 || (x > 1 / 3.0 && x < 2 / 3.0));
            if (inNs && inEw) {
                sumLat += c.lat();
                sumLon += c.lon();
                n++;
            }
        }
        if (n == 0) return Optional.empty();
        String name = direction.toLowerCase(Locale.ROOT) + " " + whole.name();
        return Optional.of(new GazetteerEntry(name, List.of(), whole.country(),
                whole.feature().equals("admin") ? whole.name() : null,
                Math.round(sumLat / n * 1e4) / 1e4, Math.round(sumLon / n * 1e4) / 1e4, "region", 2, 0));
    }

    /** Collects entries and their names while the files are read. */
    static final class GazetteerBuilder {
        private final List<GazetteerEntry> entries = new ArrayList<>(130_000);
        private final IdentityHashMap<GazetteerEntry, Boolean> handWritten = new IdentityHashMap<>();
        private final Map<String, Object> index = new HashMap<>(400_000);

        void readTable(BufferedReader in, String file) throws IOException {
            String line;
            int n = 0;
            String[] f = new String[9];
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                int count = split(line, f);
                if (count != 9) throw bad(file, n, "expected 9 tab-separated fields, found " + count);
                try {
                    GazetteerEntry e = new GazetteerEntry(f[0], aliases(f[1]), f[2].isEmpty() ? null : f[2],
                            f[3].isEmpty() ? null : f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6],
                            Integer.parseInt(f[7]), Long.parseLong(f[8]));
                    add(e);
                } catch (IllegalArgumentException e) {
                    throw bad(file, n, reason(e));
                }
            }
        }

        void readExtra(BufferedReader in, String file) throws IOException {
            String line;
            int n = 0;
            String[] f = new String[9];
            while ((line = in.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                int count = split(line, f);
                if (count != 8) throw bad(file, n, "expected 8 tab-separated fields "
                        + "(canonical, aliases, country, admin1, lat, lon, feature, precision), found " + count);
                for (int i = 0; i < 8; i++) f[i] = f[i].strip();
                String canonical = f[0];
                List<String> aliases = dash(f[1]) == null ? List.of() : aliases(f[1]);
                String country = dash(f[2]);
                String admin1 = dash(f[3]);
                String feature = dash(f[6]);
                try {
                    if (canonical.isEmpty()) throw new IllegalArgumentException("canonical name is empty");
                    if (dash(f[4]) == null && dash(f[5]) == null) {
                        // aliases only: attach them to the gazetteer's entries of that name
                        if (attach(canonical, country, feature, aliases) == 0)
                            throw new IllegalArgumentException("no place named '" + canonical + "'"
                                    + (country == null ? "" : " in " + country)
                                    + (feature == null ? "" : " of feature " + feature) + " to attach aliases to");
                        continue;
                    }
                    if (feature == null) throw new IllegalArgumentException("feature is missing");
                    GazetteerEntry e = new GazetteerEntry(canonical, aliases, country, admin1,
                            number(f[4], "latitude"), number(f[5], "longitude"), feature, precision(f[7]), 0);
                    attach(canonical, country, feature, aliases);
                    handWritten.put(add(e), Boolean.TRUE);
                } catch (IllegalArgumentException e) {
                    throw bad(file, n, reason(e));
                }
            }
        }

        private static String reason(IllegalArgumentException e) {
            return e instanceof NumberFormatException ? "not a number: " + e.getMessage() : e.getMessage();
        }

        private static double number(String s, String what) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " '" + s + "' is not a number");
            }
        }

        private static int precision(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("precision '" + s + "' is not 1, 2 or 3");
            }
        }

        private static String dash(String s) {
            return s.isEmpty() || s.equals("-") ? null : s;
        }

        private int attach(String canonical, String country, String feature, List<String> aliases) {
            String key = fold(canonical);
            List<Integer> ids = new ArrayList<>();
            for (GazetteerEntry e : entriesAt(key)) {
                if (handWritten.containsKey(e)) continue;
                if (country != null && !country.equals(e.country())) continue;
                if (feature != null && !feature.equals(e.feature())) continue;
                ids.add(positions.get(e));
            }
            for (int id : ids) {
                GazetteerEntry old = entries.get(id);
                GazetteerEntry e = old.withAliases(aliases);
                entries.set(id, e);
                positions.remove(old);
                positions.put(e, id);
                // the entry is indexed under its names: point those keys at the new record
                replace(fold(old.name()), old, e);
                for (String a : old.aliases()) replace(fold(a), old, e);
                for (String a : aliases) key(fold(a), e);
            }
            return ids.size();
        }

        private final IdentityHashMap<GazetteerEntry, Integer> positions = new IdentityHashMap<>();

        @SuppressWarnings("unchecked")
        private List<GazetteerEntry> entriesAt(String key) {
            Object v = index.get(key);
            if (v == null) return List.of();
            if (v instanceof GazetteerEntry e) return List.of(e);
            return List.copyOf((List<GazetteerEntry>) v);
        }

        @SuppressWarnings("unchecked")
        private void replace(String key, GazetteerEntry old, GazetteerEntry now) {
            Object v = index.get(key);
            if (v == old) index.put(key, now);
            else if (v instanceof List<?> list) {
                List<GazetteerEntry> l = (List<GazetteerEntry>) list;
                for (int i = 0; i < l.size(); i++) if (l.get(i) == old) l.set(i, now);
            }
        }

        private GazetteerEntry add(GazetteerEntry e) {
            positions.put(e, entries.size());
            entries.add(e);
            key(fold(e.name()), e);
            for (String a : e.aliases()) key(fold(a), e);
            return e;
        }

        @SuppressWarnings("unchecked")
        private void key(String k, GazetteerEntry e) {
            if (k.isEmpty()) return;
            Object v = index.get(k);
            if (v == null) index.put(k, e);
            else if (v instanceof GazetteerEntry one) {
                if (one != e) {
                    List<GazetteerEntry> l = new ArrayList<>(2);
                    l.add(one);
                    l.add(e);
                    index.put(k, l);
                }
            } else {
                List<GazetteerEntry> l = (List<GazetteerEntry>) v;
                for (GazetteerEntry x : l) if (x == e) return;
                l.add(e);
            }
        }

        private static List<String> aliases(String field) {
            if (field.isEmpty()) return List.of();
            List<String> out = new ArrayList<>(2);
            for (String a : field.split("\\|")) {
                String s = a.strip();
                if (!s.isEmpty()) out.add(s);
            }
            return out;
        }

        private static int split(String line, String[] into) {
            int count = 0, from = 0;
            while (true) {
                int tab = line.indexOf('\t', from);
                String part = tab < 0 ? line.substring(from) : line.substring(from, tab);
                if (count < into.length) into[count] = part;
                count++;
                if (tab < 0) return count;
                from = tab + 1;
            }
        }

        private static IllegalArgumentException bad(String file, int line, String reason) {
            return new IllegalArgumentException(file + ":" + line + ": " + reason);
        }

        Gazetteer build() {
            Comparator<GazetteerEntry> best = Comparator
                    .comparingInt((GazetteerEntry e) -> handWritten.containsKey(e) ? 0
                            : switch (e.feature()) {
                                case "country" -> 1;
                                case "admin" -> 2;
                                default -> 3;
                            })
                    .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed());
            Map<String, List<GazetteerEntry>> byName = new HashMap<>(index.size() * 4 / 3 + 1);
            int maxWords = 1;
            for (Map.Entry<String, Object> k : index.entrySet()) {
                List<GazetteerEntry> hits;
                if (k.getValue() instanceof GazetteerEntry one) hits = List.of(one);
                else {
                    @SuppressWarnings("unchecked")
                    List<GazetteerEntry> many = (List<GazetteerEntry>) k.getValue();
                    GazetteerEntry[] sorted = many.toArray(new GazetteerEntry[0]);
                    Arrays.sort(sorted, best);
                    hits = Collections.unmodifiableList(Arrays.asList(sorted));
                }
                byName.put(k.getKey(), hits);
                int words = 1;
                String key = k.getKey();
                for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') words++;
                maxWords = Math.max(maxWords, words);
            }
            Map<String, GazetteerEntry> countries = new HashMap<>();
            Map<String, List<GazetteerEntry>> cities = new HashMap<>();
            for (GazetteerEntry e : entries) {
                if (e.country() == null) continue;
                if (e.feature().equals("country") && !handWritten.containsKey(e)) countries.putIfAbsent(e.country(), e);
                else if (e.feature().equals("city") && !handWritten.containsKey(e))
                    cities.computeIfAbsent(e.country(), x -> new ArrayList<>()).add(e);
            }
            for (GazetteerEntry e : handWritten.keySet())
                if (e.feature().equals("country") && e.country() != null) countries.putIfAbsent(e.country(), e);
            Set<GazetteerEntry> curated = Collections.newSetFromMap(new IdentityHashMap<>());
            curated.addAll(handWritten.keySet());
            return new Gazetteer(byName, countries, cities, Collections.unmodifiableSet(curated), Math.min(maxWords, 8),
                    entries.size());
        }
    }
}
