package org.faultline.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** Guesses a publication date from an article's own text when none is given. */
public final class PublicationDates {
    private PublicationDates() {
    }

    /**
     * The latest full date written in absolute form in {@code text}: "March 13, 2022", "13 March 2022",
     * "2022-03-13" (a weekday before it is allowed). Empty when the text holds none.
     */
    public static Optional<LocalDate> latestFullDate(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        return DateResolver.absoluteFullDates(text).stream().max(Comparator.naturalOrder());
    }
}
