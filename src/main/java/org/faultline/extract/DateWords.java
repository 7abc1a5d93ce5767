package org.faultline.extract;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;

/** The words dates are written with: month and weekday names, small numbers in words. */
final class DateWords {
    private DateWords() {
    }

    /** Full month names and their usual abbreviations (with or without the dot). */
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    /** Full month names only: used where an abbreviation ("Mar", "Dec") could be another word. */
    static final String MONTH_FULL = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
    static final String NUMBER_WORD = "(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "a\\s+few|a\\s+couple\\s+of|several)";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("a few", 3), Map.entry("a couple of", 2), Map.entry("several", 3));

    /** 1-12 for a month name or abbreviation, 0 when it is none. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "").trim();
        if (w.length() < 3) return 0;
        Integer m = MONTHS.get(w.substring(0, 3));
        return m == null ? 0 : m;
    }

    static DayOfWeek weekday(String word) {
        return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** The day number of "10", "10th", "1st". */
    static int day(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    /** The value of "3", "three", "a", "a few"; -1 when unknown. */
    static int number(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (t.matches("\\d+")) return Integer.parseInt(t);
        Integer n = NUMBERS.get(t);
        return n == null ? -1 : n;
    }
}
