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
 * @param text    words that must all occur (any case, inside longer words too) in the event's evidence or the other
 *                sentences that tell it, its actors' names or codes, its place, or one of its reports; a "quoted
 *                phrase" is one term. At most {@link #MAX_TEXT_CHARS} characters and {@link #MAX_TEXT_TERMS} terms
 * @param limit   at most this many events, 0 for all
 */
public record EventQuery(String actor, String country, LocalDate from, LocalDate to, String root, EventStatus status,
                         Double nearLat, Double nearLon, Double nearKm, String text, int limit) {
    /** The longest text search accepted, in characters. */
    public static final int MAX_TEXT_CHARS = 200;
    /** The most words (or quoted phrases) a text search may hold. */
    public static final int MAX_TEXT_TERMS = 8;

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
        if (text != null) {
            text = text.strip();
            if (text.isEmpty()) text = null;
            else checkText(text);
        }
    }

    private static void checkText(String text) {
        if (text.length() > MAX_TEXT_CHARS)
            throw new IllegalArgumentException("text '" + text.substring(0, 40) + "...' is " + text.length()
                    + " characters long, more than " + MAX_TEXT_CHARS);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isISOControl(cp) && !Character.isWhitespace(cp) || Character.getType(cp) == Character.SURROGATE)
                throw new IllegalArgumentException(String.format(Locale.ROOT, "text holds %s U+%04X at character %d",
                        Character.getType(cp) == Character.SURROGATE ? "an unpaired surrogate" : "the control character", cp, i + 1));
            i += Character.charCount(cp);
        }
        int n = terms(text).size();
        if (n == 0) throw new IllegalArgumentException("text '" + text + "' holds no word");
        if (n > MAX_TEXT_TERMS)
            throw new IllegalArgumentException("text '" + text + "' has " + n + " words, more than " + MAX_TEXT_TERMS);
    }

    /** The terms of the text search: its words, and each "quoted phrase" whole; empty without a text search. */
    public java.util.List<String> textTerms() {
        return text == null ? java.util.List.of() : terms(text);
    }

    private static java.util.List<String> terms(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher m = TERM.matcher(text);
        while (m.find()) {
            String t = m.group(1) != null ? m.group(1).strip().replaceAll("\\s+", " ") : m.group(2);
            if (!t.isEmpty() && !out.contains(t)) out.add(t);
        }
        return out;
    }

    private static final java.util.regex.Pattern TERM = java.util.regex.Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, 0);
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
        return new EventQuery(code, country, from, to, root, status, nearLat, nearLon, nearKm, text, limit);
    }

    public EventQuery withCountry(String iso3) {
        return new EventQuery(actor, iso3, from, to, root, status, nearLat, nearLon, nearKm, text, limit);
    }

    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(actor, country, first, last, root, status, nearLat, nearLon, nearKm, text, limit);
    }

    public EventQuery withRoot(String cameoRoot) {
        return new EventQuery(actor, country, from, to, cameoRoot, status, nearLat, nearLon, nearKm, text, limit);
    }

    public EventQuery withStatus(EventStatus s) {
        return new EventQuery(actor, country, from, to, root, s, nearLat, nearLon, nearKm, text, limit);
    }

    public EventQuery near(double lat, double lon, double km) {
        return new EventQuery(actor, country, from, to, root, status, lat, lon, km, text, limit);
    }

    /** With a text search (see {@code text} above); null or blank for none. */
    public EventQuery withText(String words) {
        return new EventQuery(actor, country, from, to, root, status, nearLat, nearLon, nearKm, words, limit);
    }

    public EventQuery withLimit(int n) {
        return new EventQuery(actor, country, from, to, root, status, nearLat, nearLon, nearKm, text, n);
    }
}
