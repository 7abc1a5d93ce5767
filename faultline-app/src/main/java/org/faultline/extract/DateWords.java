package org.faultline.extract;

import org.faultline.lexicon.WordLists;
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

    private static final Map<String, Integer> MONTHS = WordLists.bundled().numbers("MONTH_ABBREVIATION");

    private static final Map<String, Integer> NUMBERS = WordLists.bundled().numbers("DATE_NUMBER_WORD");

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
