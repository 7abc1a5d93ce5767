package org.faultline.names;

import org.faultline.lexicon.NameMarkers;
import org.faultline.store.PlaceNameUse;
import org.faultline.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Naming politics over the store.
 * <pre>{@code
 * for (PlaceNames p : Naming.of(store, new NameQuery("Kyiv"))) ...
 * }</pre>
 * Every mention of a place that has other names (its gazetteer entry's aliases) is counted under the name written,
 * in the spelling of the place's name list, per outlet (the document's), per speaker's country (the speaker of a
 * quotation around the name, else the reporter or claimant of the sentence; none: the outlet's own voice) and per
 * year; a mention is marked when name-markers.txt's scare quotes or BEFORE words surround it.
 */
public final class Naming {
    private Naming() {}

    /** The places the query accepts, most mentioned first. */
    public static List<PlaceNames> of(Store store, NameQuery q) {
        if (store == null) throw new IllegalArgumentException("store must not be null");
        return of(store.placeNameUses(), q, NameMarkers.bundled());
    }

    /** The places of these name uses that the query accepts, most mentioned first. */
    public static List<PlaceNames> of(List<PlaceNameUse> uses, NameQuery q, NameMarkers markers) {
        if (uses == null) throw new IllegalArgumentException("name uses must not be null");
        if (q == null) throw new IllegalArgumentException("query must not be null");
        Marks marks = new Marks(markers);
        Map<String, PlaceAcc> places = new LinkedHashMap<>();
        for (PlaceNameUse u : uses) {
            String key = u.canonical() + "\u0000" + u.country();
            PlaceAcc p = places.get(key);
            if (p == null) {
                List<String> names = new ArrayList<>();
                names.add(u.canonical());
                for (String a : u.aliases()) if (!a.isBlank() && names.stream().noneMatch(n -> n.equalsIgnoreCase(a.strip()))) names.add(a.strip());
                if (!q.accepts(u.canonical(), names)) continue;
                p = new PlaceAcc(u.canonical(), u.country(), names);
                places.put(key, p);
            }
            String written = p.spelling(u.text());
            String name = marks.form(written, u.after());
            List<String> found = marks.of(written, u.before(), u.after());
            p.add(name, u, found);
        }
        List<PlaceNames> out = new ArrayList<>();
        for (PlaceAcc p : places.values()) out.add(p.result());
        out.sort(Comparator.comparingInt(PlaceNames::mentions).reversed().thenComparing(PlaceNames::place)
                .thenComparing(x -> Objects.toString(x.country(), "")));
        return out;
    }

    private static final class PlaceAcc {
        final String place, country;
        final List<String> names;
        final Map<String, NameAcc> uses = new LinkedHashMap<>();

        PlaceAcc(String place, String country, List<String> names) {
            this.place = place;
            this.country = country;
            this.names = names;
        }

        /** The list's spelling of a name written in any case, or the name as written. */
        String spelling(String written) {
            for (String n : names) if (n.equalsIgnoreCase(written)) return n;
            return written;
        }

        void add(String name, PlaceNameUse u, List<String> found) {
            uses.computeIfAbsent(name, NameAcc::new).add(u, found);
        }

        PlaceNames result() {
            List<NameCount> counts = new ArrayList<>();
            int mentions = 0, marked = 0;
            for (NameAcc a : uses.values()) {
                NameCount c = a.result();
                counts.add(c);
                mentions += c.mentions();
                marked += c.marked();
            }
            counts.sort(Comparator.comparingInt(NameCount::mentions).reversed().thenComparing(NameCount::name));
            return new PlaceNames(place, country, names, mentions, marked, counts);
        }
    }

    private static final class NameAcc {
        final String name;
        int mentions, marked;
        final Set<String> documents = new HashSet<>();
        final Map<String, Integer> markers = new TreeMap<>();
        final Map<Integer, Integer> years = new TreeMap<>();
        LocalDate first, last;
        final Map<String, TallyAcc> outlets = new LinkedHashMap<>(), countries = new LinkedHashMap<>();

        NameAcc(String name) {
            this.name = name;
        }

        void add(PlaceNameUse u, List<String> found) {
            mentions++;
            boolean isMarked = !found.isEmpty();
            if (isMarked) marked++;
            for (String f : found) markers.merge(f, 1, Integer::sum);
            documents.add(u.documentId());
            LocalDate d = u.published();
            if (d != null) {
                if (first == null || d.isBefore(first)) first = d;
                if (last == null || d.isAfter(last)) last = d;
                years.merge(d.getYear(), 1, Integer::sum);
            }
            outlets.computeIfAbsent(blankToNull(u.outlet()), TallyAcc::new).add(d, isMarked);
            countries.computeIfAbsent(u.speakerCountry(), TallyAcc::new).add(d, isMarked);
        }

        NameCount result() {
            return new NameCount(name, mentions, documents.size(), marked, markers, first, last, years,
                    TallyAcc.results(outlets), TallyAcc.results(countries));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final class TallyAcc {
        final String who;
        int mentions, marked;
        LocalDate first, last;

        TallyAcc(String who) {
            this.who = who;
        }

        void add(LocalDate d, boolean isMarked) {
            mentions++;
            if (isMarked) marked++;
            if (d != null) {
                if (first == null || d.isBefore(first)) first = d;
                if (last == null || d.isAfter(last)) last = d;
            }
        }

        static List<Tally> results(Map<String, TallyAcc> accs) {
            List<Tally> out = new ArrayList<>();
            for (TallyAcc t : accs.values()) out.add(new Tally(t.who, t.mentions, t.marked, t.first, t.last));
            out.sort(Comparator.comparingInt(Tally::mentions).reversed()
                    .thenComparing(t -> t.who() == null ? "\uffff" : t.who().toLowerCase(Locale.ROOT)));
            return out;
        }
    }
}
