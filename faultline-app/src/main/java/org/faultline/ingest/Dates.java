package org.faultline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as inputs write them: "2022-03-10", "2022-03-10T08:00:00Z", "2022/03/10". */
final class Dates {
    private Dates() {}

    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T\\s].*)");

    /**
     * The day, or null when {@code s} does not start with a valid year-month-day. Year 0 is none: dates are resolved
     * against the publication date as {@link org.faultline.model.PartialDate}s, years 1 to 9999.
     */
    static LocalDate parse(String s) {
        if (s == null) return null;
        Matcher m = ISO_DAY.matcher(s);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * What is wrong with {@code s} as a date, in words ("is not YYYY-MM-DD", "February has 28 days in 2021", "month 13
     * is not a month (1 to 12)"), or null when {@link #parse} reads it.
     */
    static String problem(String s) {
        if (s == null || s.isBlank()) return "is empty; expected YYYY-MM-DD";
        Matcher m = ISO_DAY.matcher(s);
        if (!m.matches()) return "is not YYYY-MM-DD";
        int year = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2)), day = Integer.parseInt(m.group(3));
        if (year < 1) return "is not a date: year " + year + " is not a year (1 to 9999)";
        if (month < 1 || month > 12) return "is not a date: month " + month + " is not a month (1 to 12)";
        Month named = Month.of(month);
        String name = named.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        int length = named.length(Year.isLeap(year));
        if (day < 1) return "is not a date: day " + day + " is not a day of the month";
        if (day > length) {
            boolean february = named == Month.FEBRUARY;
            return "is not a date: " + name + " has " + length + " days" + (february ? " in " + year : "");
        }
        try {
            LocalDate.of(year, month, day);
            return null;
        } catch (DateTimeException e) {
            return "is not a date: " + e.getMessage();   // java.time's own words for anything not caught above
        }
    }
}
