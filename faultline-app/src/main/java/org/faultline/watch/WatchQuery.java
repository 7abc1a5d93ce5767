package org.faultline.watch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What to watch; null means "every one".
 *
 * @param dyad   a country pair "ARM-AZE", its two ISO3 codes in alphabetical order (see {@link #parse})
 * @param region a region (admin1) name, with or without ", ISO3", any case
 * @param since  series points and alerts from this day on; the baselines read the history before it
 * @param weekly weeks (Monday to Sunday) instead of days
 */
public record WatchQuery(String dyad, String region, LocalDate since, boolean weekly) {
    public WatchQuery {
        if (dyad != null && !dyad.matches("[A-Z]{3}-[A-Z]{3}"))
            throw new IllegalArgumentException("dyad '" + dyad + "' is not two ISO3 country codes like ARM-AZE");
        if (dyad != null && dyad.substring(0, 3).compareTo(dyad.substring(4)) > 0)
            throw new IllegalArgumentException("dyad '" + dyad + "' is not in alphabetical order; write "
                    + dyad.substring(4) + "-" + dyad.substring(0, 3));
        if (region != null && (region.isBlank() || region.length() > 200))
            throw new IllegalArgumentException("region '" + region + "' is not a name of 1-200 characters");
    }

    public static WatchQuery all() {
        return new WatchQuery(null, null, null, false);
    }

    /**
     * The query as a user writes it (command-line options, web parameters): a blank value means "any". The dyad's
     * countries may come in either order and any case ("aze-arm" is ARM-AZE: a dyad is an unordered pair). A bad
     * value throws an {@link IllegalArgumentException} naming it.
     */
    public static WatchQuery parse(String dyad, String region, String since, boolean weekly) {
        return new WatchQuery(dyadKey(blankToNull(dyad)), blankToNull(region), date(blankToNull(since)), weekly);
    }

    private static String dyadKey(String s) {
        if (s == null) return null;
        String u = s.toUpperCase(Locale.ROOT);
        if (!u.matches("[A-Z]{3}-[A-Z]{3}"))
            throw new IllegalArgumentException("dyad '" + s + "' is not two ISO3 country codes like ARM-AZE");
        return Keys.dyad(u.substring(0, 3), u.substring(4));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static LocalDate date(String s) {
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since '" + s + "' is not a date YYYY-MM-DD");
        }
    }
}
