package org.faultline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as inputs write them: "2022-03-10", "2022-03-10T08:00:00Z", "2022/03/10". */
final class Dates {
    private Dates() {}

    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T\\s].*)");

    /** The day, or null when {@code s} does not start with a valid year-month-day. */
    static LocalDate parse(String s) {
        if (s == null) return null;
        Matcher m = ISO_DAY.matcher(s);
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
