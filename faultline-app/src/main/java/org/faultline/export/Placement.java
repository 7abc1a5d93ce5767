package org.faultline.export;

import org.faultline.lexicon.Countries;
import org.faultline.lexicon.Country;
import org.faultline.lexicon.Gazetteer;
import org.faultline.lexicon.GazetteerEntry;
import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.model.Place;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where an incident is put on a map, and the country data the exchange formats write about it. The event's own
 * place comes first, then the best place any of its reports names; an incident no text places is put at its
 * country's centroid when all its actors belong to one country. First-level subdivisions missing from a town are
 * taken from the nearest gazetteer town of its country.
 */
final class Placement {
    /** How precisely a point is known, as GeoJSON's {@code precision} property names it. */
    enum Level {
        TOWN("town", 1), ADMIN1("admin1", 2), COUNTRY("country", 3);

        final String label;
        final int code;

        Level(String label, int code) {
            this.label = label;
            this.code = code;
        }
    }

    /**
     * A placed incident.
     *
     * @param name       the place name ("Lamu", "Tigray", "Kenya")
     * @param country    ISO3, or null for a place spanning countries (a sea)
     * @param admin1     first-level subdivision, or null when not known
     * @param fromActors placed at the centroid of its actors' country, since no text names a place
     */
    record Placed(String name, String country, String admin1, double lat, double lon, Level level, boolean fromActors) {}

    /** Towns this close to a place without a subdivision give theirs. */
    static final double ADMIN1_KM = 25;

    private static volatile Placement bundled;

    private final Countries countries;
    private final Gazetteer gazetteer;

    Placement(Countries countries, Gazetteer gazetteer) {
        this.countries = countries;
        this.gazetteer = gazetteer;
    }

    /** The bundled country tables and gazetteer, loaded on first use. */
    static Placement bundled() {
        Placement p = bundled;
        if (p == null) {
            synchronized (Placement.class) {
                if (bundled == null) bundled = new Placement(Countries.bundled(), Gazetteer.bundled());
                p = bundled;
            }
        }
        return p;
    }

    Optional<Placed> place(ExportFormat.Incident inc) {
        Place p = inc.event().location();
        if (p == null) {
            for (ExportFormat.Mention m : inc.mentions()) {
                Place q = m.report() == null ? null : m.report().location();
                if (q != null && (p == null || q.precision() < p.precision())) p = q;
            }
        }
        if (p != null) return Optional.of(placed(p));
        String only = onlyCountry(inc.event());
        if (only == null) return Optional.empty();
        return gazetteer.country(only).map(c -> new Placed(countryName(only), only, null, c.lat(), c.lon(), Level.COUNTRY, true));
    }

    private Placed placed(Place p) {
        Level level = p.precision() == 1 ? Level.TOWN : p.precision() == 2 ? Level.ADMIN1 : Level.COUNTRY;
        String admin1 = p.admin1();
        if (admin1 == null && "admin".equals(p.feature())) admin1 = p.canonical();
        if (admin1 == null && level == Level.TOWN && p.country() != null)
            admin1 = gazetteer.admin1Near(p.country(), p.lat(), p.lon(), ADMIN1_KM).orElse(null);
        return new Placed(p.canonical(), p.country(), admin1, p.lat(), p.lon(), level, false);
    }

    /** The one country all the event's actors with a country belong to, or null (none, or two). */
    static String onlyCountry(Event e) {
        Set<String> c = new LinkedHashSet<>();
        for (Actor a : new Actor[]{e.actor1(), e.actor2()}) if (a != null && a.country() != null) c.add(a.country());
        return c.size() == 1 ? c.iterator().next() : null;
    }

    Optional<Country> country(String iso3) {
        return countries.get(iso3);
    }

    Optional<Country> countryOfDomain(String tld) {
        return countries.byAlpha2(tld);
    }

    /** The country's name as ACLED writes it, else the gazetteer's, else the ISO list's; the code when unknown. */
    String countryName(String iso3) {
        if (iso3 == null) return null;
        Optional<Country> c = countries.get(iso3);
        if (c.isPresent() && c.get().acledName() != null) return c.get().acledName();
        Optional<GazetteerEntry> g = gazetteer.country(iso3);
        if (g.isPresent()) return g.get().name();
        return c.map(Country::name).orElse(iso3);
    }

    /**
     * The FIPS 10-4 country code of a placed incident: Palestine's places in the Gaza Strip are "GZ", the others
     * the West Bank's "WE"; null when the country has none.
     */
    String fips(Placed p) {
        if (p.country() == null) return null;
        if (p.country().equals("PSE") && (mentionsGaza(p.name()) || mentionsGaza(p.admin1()))) return "GZ";
        return countries.get(p.country()).map(Country::fips).orElse(null);
    }

    private static boolean mentionsGaza(String s) {
        return s != null && s.toLowerCase(Locale.ROOT).contains("gaza");
    }
}
