package org.faultline.extract;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.DateMention;
import org.faultline.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateResolverTest {
    private final DateResolver resolver = new DateResolver();

    private List<String> resolve(String published, String text) {
        LocalDate p = published == null ? null : LocalDate.parse(published);
        Article article = new Article("t", "t", text, p, null, null, null, null);
        return resolver.find(new AnnotatedArticle(article, List.of())).stream()
                .map(d -> d.text() + "=" + d.date()).toList();
    }

    @Test
    void monthDayAfterPublicationFallsInThePreviousYear() {
        assertEquals(List.of("December 28=2021-12-28"), resolve("2022-01-03", "Fighting resumed on December 28."));
        assertEquals(List.of("January 2=2022-01-02"), resolve("2022-01-03", "Fighting resumed on January 2."));
    }

    @Test
    void scheduledFutureDateKeepsItsYearAndMonth() {
        assertEquals(List.of("in November=2022-11"), resolve("2022-08-31", "The two leaders will meet again in November."));
        assertEquals(List.of("in November=2021-11"), resolve("2022-08-31", "The two leaders met in November."));
        assertEquals(List.of("in February=2023-02"), resolve("2022-12-20", "Talks are scheduled to resume in February."));
    }

    @Test
    void weekdayIsTheLastSuchDayOnOrBeforePublication() {
        // 2024-03-09 is a Saturday
        assertEquals(List.of("on Saturday=2024-03-09"), resolve("2024-03-09", "Drones were launched on Saturday."));
        assertEquals(List.of("on Wednesday=2024-03-06"), resolve("2024-03-09", "Drones were launched on Wednesday."));
        assertEquals(List.of("last Saturday=2024-03-02"), resolve("2024-03-09", "Drones were launched last Saturday."));
        assertEquals(List.of("Sunday night=2024-03-03"), resolve("2024-03-09", "It began Sunday night."));
    }

    @Test
    void nightOfTwoDaysIsTheFirstDay() {
        assertEquals(List.of("the night of May 27 to 28=2021-05-27"),
                resolve("2021-06-02", "Shelling went on through the night of May 27 to 28."));
        assertEquals(List.of("the night of 3-4 April=2021-04-03"),
                resolve("2021-06-02", "Shelling went on through the night of 3-4 April."));
    }

    @Test
    void numbersThatAreNotDates() {
        assertEquals(List.of(), resolve("2022-03-15",
                "Resolution 2231 was cited; the MH17 case, a Boeing 777, 24 hours of calm, 2000 soldiers and 1999 people."));
        assertEquals(List.of("2020=2020"), resolve("2022-03-15", "the 2020 war ended with a truce."));
    }

    @Test
    void withoutPublicationDateOnlyAbsoluteDatesResolve() {
        assertEquals(List.of("10 November 2020=2020-11-10", "June 2021=2021-06"),
                resolve(null, "On Tuesday, yesterday and March 3, but also 10 November 2020 and June 2021."));
    }

    @Test
    void relativeSpans() {
        assertEquals(List.of("Last week=2022-03", "two days ago=2022-03-13", "last year=2021", "a week ago=2022-03-08"),
                resolve("2022-03-15", "Last week and two days ago, as last year and a week ago."));
    }

    @Test
    void resolvesAFragmentAsOneDateOnly() {
        LocalDate p = LocalDate.of(2022, 3, 15);
        assertEquals(PartialDate.parse("2022-03-10"), resolver.resolveFragment("March 10", p));
        assertEquals(PartialDate.parse("2021-09-22"), resolver.resolveFragment(" September 22, 2021 ", p));
        assertNull(resolver.resolveFragment("Armenia, Azerbaijan", p));
        assertNull(resolver.resolveFragment("March 10 and more", p));
    }

    @Test
    void sentenceIndexIsTheSentenceHoldingTheDate() {
        String text = "Calm held. Then on May 3 shots were fired.";
        var s0 = new org.faultline.model.Sentence(0, 0, 10, "Calm held.", List.of(), List.of());
        var s1 = new org.faultline.model.Sentence(1, 11, text.length(), text.substring(11), List.of(), List.of());
        Article article = new Article("t", "t", text, LocalDate.of(2022, 5, 10), null, null, null, null);
        List<DateMention> found = resolver.find(new AnnotatedArticle(article, List.of(s0, s1)));
        assertEquals(1, found.size());
        assertEquals(1, found.get(0).sentenceIndex());
        assertEquals("May 3", text.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void latestFullDateInText() {
        assertEquals(Optional.of(LocalDate.of(2022, 3, 13)), PublicationDates.latestFullDate(
                "Updated 13 March 2022. First published March 12, 2022; the war began on 2022-02-24 (March 20 next)."));
        assertTrue(PublicationDates.latestFullDate("No date in June 2021 or on Monday.").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PublicationDates.latestFullDate(null));
    }
}
