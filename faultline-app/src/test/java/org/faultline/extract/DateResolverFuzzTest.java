package org.faultline.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.faultline.WorkBudget;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.DateMention;
import org.faultline.model.PartialDate;
import org.faultline.model.Sentence;
import org.junit.jupiter.api.Tag;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link DateResolver} (README, "Fuzzing"). Seeds: {@code src/test/resources/fuzz/DateResolver/}, one article each
 * in {@link FuzzArticle}'s format. What must hold for any text and any publication date P:
 * <ul>
 *   <li>nothing is thrown;</li>
 *   <li>mentions are in text order, do not overlap, lie inside the text, end on no space, and their text is the text at
 *       their offsets; a mention inside a sentence names that sentence;</li>
 *   <li>dates are sane: a written year is 1800 to 2099, a date counted from P lies between 999 years before P and the
 *       year after P; without P only absolute dates resolve, so each mention writes its own year;</li>
 *   <li>{@code absoluteFullDates} lists exactly the day dates {@code find} resolves without P;</li>
 *   <li>the work is bounded (a time budget per call).</li>
 * </ul>
 */
@Tag("DateResolver")
class DateResolverFuzzTest {
    private static final DateResolver RESOLVER = new DateResolver();

    static {
        RESOLVER.find(FuzzArticle.of("published 2022-03-15\nTalks resumed on Monday, March 7, 2022.".getBytes(StandardCharsets.UTF_8)).annotated());
    }

    @FuzzTest
    void fuzz(byte[] input) {
        FuzzArticle in = FuzzArticle.of(input);
        String text = in.text();
        LocalDate p = in.published();
        AnnotatedArticle article = in.annotated();

        List<DateMention> found = WorkBudget.within(text.length(), "find", () -> RESOLVER.find(article));

        int previousEnd = 0;
        for (DateMention m : found) {
            String what = "mention " + m + " in a text of " + text.length() + " characters";
            assertTrue(m.start() >= previousEnd && m.start() < m.end() && m.end() <= text.length(), what);
            previousEnd = m.end();
            assertEquals(text.substring(m.start(), m.end()), m.text(), what);
            assertFalse(Character.isWhitespace(text.charAt(m.end() - 1)), what + " ends on a space");
            for (Sentence s : in.sentences())
                if (s.begin() <= m.start() && m.start() < s.end()) assertEquals(s.index(), m.sentenceIndex(), what);
            if (in.sentences().isEmpty()) assertEquals(-1, m.sentenceIndex(), what);

            PartialDate d = m.date();
            if (p == null) {
                assertTrue(d.year() >= 1800 && d.year() <= 2099, what + ": a written year is 1800 to 2099");
                assertTrue(m.text().contains(String.valueOf(d.year())), what + ": without a publication date only written years resolve");
            } else {
                int low = Math.min(1800, p.getYear() - 999), high = Math.max(2099, p.getYear() + 1);
                assertTrue(d.year() >= low && d.year() <= high, what + ": year outside " + low + " to " + high + " for P " + p);
            }
        }


        List<LocalDate> days = RESOLVER.find(in.undated()).stream()
                .filter(m -> m.date().day() > 0).map(m -> m.date().firstDay()).toList();
        assertEquals(days, DateResolver.absoluteFullDates(text), "absoluteFullDates and find without a publication date");
    }
}
