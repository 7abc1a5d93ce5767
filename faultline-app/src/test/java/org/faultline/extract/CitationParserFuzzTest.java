package org.faultline.extract;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.faultline.WorkBudget;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Citation;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Sentence;
import org.junit.jupiter.api.Tag;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link CitationParser} (README, "Fuzzing"). Seeds: {@code src/test/resources/fuzz/CitationParser/}, one
 * article each in {@link FuzzArticle}'s format. What must hold for any text and any publication date P:
 * <ul>
 *   <li>nothing is thrown;</li>
 *   <li>a citation's offsets lie inside one parenthetical of the text (at most 300 characters, no line break, no nested
 *       parenthesis) and cover whole words; its text at those offsets holds its outlet (at its start or end), or, for a
 *       date alone, the citation before it in the same parenthetical names the outlet; an outlet alone is its text;</li>
 *   <li>an outlet is a stripped, non-blank name, and not a date itself; a date is never after P (compared at the date's
 *       own precision);</li>
 *   <li>the evidence is a sentence of the article that starts before the parenthesis, and is null only when no
 *       sentence does;</li>
 *   <li>{@code distinct} keeps the first citation of each outlet and date; work is bounded: at most one citation per
 *       parenthetical and semicolon, and a time budget per call.</li>
 * </ul>
 */
@Tag("CitationParser")
class CitationParserFuzzTest {
    private static final CitationParser PARSER = new CitationParser();
    private static final DateResolver DATES = new DateResolver();

    static {
        PARSER.find(FuzzArticle.of("published 2022-03-15\nThe road was shut (Reuters, March 7).".getBytes(StandardCharsets.UTF_8)).annotated(), DATES);
    }

    @FuzzTest
    void fuzz(byte[] input) {
        FuzzArticle in = FuzzArticle.of(input);
        String text = in.text();
        LocalDate p = in.published();
        AnnotatedArticle article = in.annotated();

        List<Citation> found = WorkBudget.within(text.length(), "find", () -> PARSER.find(article, DATES));
        long bound = text.chars().filter(c -> c == '(' || c == ';').count();
        assertTrue(found.size() <= bound, found.size() + " citations, more than parentheses and semicolons (" + bound + ")");

        Citation previous = null;
        for (Citation c : found) {
            String what = "citation " + c.outlet() + "=" + c.date() + " [" + c.start() + ", " + c.end() + ")";
            assertTrue(c.start() >= 1 && c.start() < c.end() && c.end() < text.length(), what + " lies outside the text");
            int open = text.lastIndexOf('(', c.start() - 1), close = text.indexOf(')', c.end());
            assertTrue(open >= 0 && close >= c.end(), what + " is not inside parentheses");
            String inner = text.substring(open + 1, close);
            assertTrue(inner.length() <= 300 && inner.indexOf('(') < 0 && inner.indexOf('\n') < 0,
                    what + " is not inside one parenthetical: " + inner);
            String span = text.substring(c.start(), c.end());
            assertFalse(Character.isLetterOrDigit(text.charAt(c.start() - 1)) && Character.isLetterOrDigit(span.charAt(0)),
                    what + " starts inside a word: '" + text.substring(open, close + 1) + "'");
            assertFalse(Character.isLetterOrDigit(text.charAt(c.end())) && Character.isLetterOrDigit(span.charAt(span.length() - 1)),
                    what + " ends inside a word: '" + text.substring(open, close + 1) + "'");

            String outlet = c.outlet();
            assertFalse(outlet.isBlank(), what + ": blank outlet");
            assertEquals(outlet.strip(), outlet, what + ": outlet not stripped");
            assertNull(DATES.resolveFragment(outlet, p), what + ": the outlet is a date");
            boolean sameParenthetical = previous != null && text.lastIndexOf('(', previous.start() - 1) == open;
            if (c.date() == null) {
                assertEquals(outlet, span.strip(), what + ": an outlet alone is the citation's text");
            } else {
                String s = span.strip();
                boolean named = s.startsWith(outlet) || s.endsWith(outlet);
                boolean repeated = sameParenthetical && previous.outlet().equals(outlet);
                assertTrue(named || repeated, what + ": the outlet is not in its text '" + span + "'");
                if (p != null) assertFalse(after(c.date(), p), what + " is dated after the publication date " + p);
            }

            Evidence e = c.evidence();
            List<Sentence> sentences = in.sentences();
            if (sentences.isEmpty() || sentences.get(0).begin() > open) {
                assertNull(e, what + ": evidence without a sentence before it");
            } else {
                assertNotNull(e, what + ": no evidence though a sentence starts before it");
                assertTrue(sentences.stream().anyMatch(s -> s.evidence().equals(e)), what + ": evidence is no sentence: " + e);
                assertTrue(e.start() <= open, what + ": evidence starts after the parenthesis");
                assertEquals(text.substring(e.start(), e.end()), e.text(), what + ": evidence text");
            }
            previous = c;
        }

        List<Citation> distinct = CitationParser.distinct(found);
        Set<String> keys = new HashSet<>(), seen = new HashSet<>();
        for (Citation c : found) keys.add(c.outlet().toLowerCase(Locale.ROOT) + "\t" + c.date());
        int from = 0;
        for (Citation c : distinct) {
            assertTrue(seen.add(c.outlet().toLowerCase(Locale.ROOT) + "\t" + c.date()), "distinct keeps " + c + " twice");
            int at = found.subList(from, found.size()).indexOf(c);
            assertTrue(at >= 0, "distinct invents or reorders " + c);
            from += at + 1;
        }
        assertEquals(keys, seen, "distinct loses an outlet and date");

    }

    /** Whether {@code d} is after {@code p} at d's precision: "2022-03" is not after 2022-03-15, "2022-04" is. */
    private static boolean after(PartialDate d, LocalDate p) {
        if (d.year() != p.getYear()) return d.year() > p.getYear();
        if (d.month() == 0 || d.month() != p.getMonthValue()) return d.month() > p.getMonthValue();
        return d.day() > p.getDayOfMonth();
    }
}
