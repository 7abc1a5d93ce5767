package org.faultline.store;

import org.faultline.model.EventStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Filters over merged events; null means "any". Build with {@link #all()} and the {@code with...} methods.
 *
 * @param actor   CAMEO actor code or its prefix ("RUS" matches "RUSMIL"), either side of the dyad
 * @param country ISO3 of either actor or of the place
 * @param from    first day, inclusive (events whose dates overlap [from, to] match)
 * @param to      last day, inclusive
 * @param root    CAMEO root "01".."20"
 * @param nearKm  radius around (nearLat, nearLon); events without a place never match a --near filter
 * @param limit   at most this many events, 0 for all
 */
public record EventQuery(String actor, String country, LocalDate from, LocalDate to, String root, EventStatus status,
                         Double nearLat, Double nearLon, Double nearKm, int limit) {
    public EventQuery {
        if (country != null && !country.matches("[A-Z]{3}"))
            throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166-1 alpha-3 code");
        if (root != null) {
            if (root.matches("\\d")) root = "0" + root;
            if (!root.matches("\\d{2}") || Integer.parseInt(root) < 1 || Integer.parseInt(root) > 20)
                throw new IllegalArgumentException("CAMEO root '" + root + "' is not 01-20");
        }
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("date range " + from + " .. " + to + " ends before it starts");
        if ((nearLat == null) != (nearKm == null) || (nearLat == null) != (nearLon == null))
            throw new IllegalArgumentException("near needs latitude, longitude and radius together");
        if (nearLat != null && (nearLat < -90 || nearLat > 90 || nearLon < -180 || nearLon > 180))
            throw new IllegalArgumentException("near point " + nearLat + "," + nearLon + " is out of range");
        if (nearKm != null && !(nearKm > 0))
            throw new IllegalArgumentException("near radius " + nearKm + " km is not positive");
        if (limit < 0) throw new IllegalArgumentException("limit " + limit + " is negative");
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, 0);
    }

    /**
     * The filters as a user writes them (web query parameters, command-line options), without a limit; a null or
     * blank value means "any". A bad value throws an {@link IllegalArgumentException} whose message names it.
     *
     * @param actor  CAMEO actor code or prefix, letters and digits, any case
     * @param from   YYYY-MM-DD
     * @param status asserted, contested, denied, unverified or forecast, any case
     * @param near   LAT,LON,KM
     */
    public static EventQuery parse(String actor, String country, String from, String to, String root, String status,
                                   String near) {
        EventQuery q = all().withActor(actorCode(actor)).withCountry(blankToNull(country))
                .withDates(date(from, "from"), date(to, "to")).withRoot(blankToNull(root));
        status = blankToNull(status);
        if (status != null) {
            try {
                q = q.withStatus(EventStatus.valueOf(status.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("status '" + status + "' is not asserted, contested, denied, unverified or forecast");
            }
        }
        near = blankToNull(near);
        if (near != null) {
            String[] p = near.split(",");
            try {
                if (p.length != 3) throw new NumberFormatException();
                q = q.near(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()), Double.parseDouble(p[2].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("near '" + near + "' is not LAT,LON,KM");
            }
        }
        return q;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String actorCode(String s) {
        s = blankToNull(s);
        if (s != null && !s.matches("[A-Za-z0-9]{1,30}"))
            throw new IllegalArgumentException("actor '" + s + "' is not a CAMEO actor code or prefix (letters and digits)");
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(String s, String name) {
        s = blankToNull(s);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " '" + s + "' is not a date YYYY-MM-DD");
        }
    }

    public EventQuery withActor(String code) {
        return new EventQuery(code, country, from, to, root, status, nearLat, nearLon, nearKm, limit);
    }

    public EventQuery withCountry(String iso3) {
        return new EventQuery(actor, iso3, from, to, root, status, nearLat, nearLon, nearKm, limit);
    }

    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(actor, country, first, last, root, status, nearLat, nearLon, nearKm, limit);
    }

    public EventQuery withRoot(String cameoRoot) {
        return new EventQuery(actor, country, from, to, cameoRoot, status, nearLat, nearLon, nearKm, limit);
    }

    public EventQuery withStatus(EventStatus s) {
        return new EventQuery(actor, country, from, to, root, s, nearLat, nearLon, nearKm, limit);
    }

    public EventQuery near(double lat, double lon, double km) {
        return new EventQuery(actor, country, from, to, root, status, lat, lon, km, limit);
    }

    public EventQuery withLimit(int n) {
        return new EventQuery(actor, country, from, to, root, status, nearLat, nearLon, nearKm, n);
    }
}
