package org.faultline.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Each country's capital, as a town of the {@link Gazetteer}: {@code capitals.txt}, generated from GeoNames by
 * {@code scripts/capitals/build.mjs}, one {@code ISO3<TAB>name<TAB>lat<TAB>lon} a line. A line names the gazetteer
 * town of that country and name nearest its point; one that names none within {@value #MATCH_KM} km is an error
 * starting {@code capitals.txt:LINE: }.
 */
public final class Capitals {
    static final String FILE = "capitals.txt";
    static final double MATCH_KM = 25;
    private static final Bundled<Capitals> BUNDLED = new Bundled<>(() -> {
        try (InputStream in = Capitals.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException("bundled resource org/faultline/lexicon/" + FILE + " is missing");
            return load(new InputStreamReader(in, StandardCharsets.UTF_8), FILE, Gazetteer.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    });

    private final List<GazetteerEntry> towns;
    private final Set<GazetteerEntry> set;

    private Capitals(List<GazetteerEntry> towns) {
        this.towns = List.copyOf(towns);
        Set<GazetteerEntry> s = Collections.newSetFromMap(new IdentityHashMap<>());
        s.addAll(towns);
        this.set = Collections.unmodifiableSet(s);
    }

    /** The capitals shipped in the jar, over the bundled gazetteer; loaded once per process. */
    public static Capitals bundled() {
        return BUNDLED.get();
    }

    /** Reads a capitals file against {@code gazetteer}; errors start with {@code name:line: }. */
    public static Capitals load(Reader reader, String name, Gazetteer gazetteer) {
        if (reader == null) throw new IllegalArgumentException("capitals reader must not be null");
        if (gazetteer == null) throw new IllegalArgumentException("gazetteer must not be null");
        List<GazetteerEntry> out = new ArrayList<>();
        DataLines.read(reader, name == null ? FILE : name, (line, lineNo, where) -> {
            String[] f = line.strip().split("\t");
            if (f.length != 4) throw new IllegalArgumentException(where + "'" + line.strip() + "' is not ISO3<TAB>name<TAB>lat<TAB>lon");
            double lat, lon;
            try {
                lat = Double.parseDouble(f[2]);
                lon = Double.parseDouble(f[3]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "coordinates '" + f[2] + "', '" + f[3] + "' are not numbers");
            }
            String folded = Gazetteer.fold(f[1]);
            GazetteerEntry best = null;
            double bestKm = MATCH_KM;
            for (GazetteerEntry t : gazetteer.towns(f[0])) {
                if (!Gazetteer.fold(t.name()).equals(folded)) continue;
                double km = km(lat, lon, t.lat(), t.lon());
                if (km <= bestKm) {
                    bestKm = km;
                    best = t;
                }
            }
            if (best == null)
                throw new IllegalArgumentException(where + "'" + f[1] + "' is no town of " + f[0] + " in the gazetteer within "
                        + (int) MATCH_KM + " km of " + lat + "," + lon);
            out.add(best);
        });
        return new Capitals(out);
    }

    private static double km(double aLat, double aLon, double bLat, double bLon) {
        double dy = (bLat - aLat) * 111.2, dx = (bLon - aLon) * 111.2 * Math.cos(Math.toRadians((aLat + bLat) / 2));
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** The capitals' gazetteer towns, in file order. */
    public List<GazetteerEntry> towns() {
        return towns;
    }

    /** Whether this gazetteer town is a capital. */
    public boolean contains(GazetteerEntry town) {
        return town != null && set.contains(town);
    }
}
