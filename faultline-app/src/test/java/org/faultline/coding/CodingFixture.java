package org.faultline.coding;

import org.faultline.Faultline;
import org.faultline.model.Article;
import org.faultline.model.Document;
import org.faultline.model.Event;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the real pipeline (CoreNLP, dictionaries, coder) on sentences the tests write. */
final class CodingFixture {
    private static Faultline faultline;

    private CodingFixture() {}

    static synchronized Document code(String text, LocalDate published) {
        if (faultline == null) faultline = Faultline.create(null);
        return faultline.process(new Article("test-" + Integer.toHexString(text.hashCode()), "test", text, published,
                "argument", null, null, null));
    }

    static Document code(String text) {
        return code(text, LocalDate.of(2023, 5, 10));
    }

    static String describe(List<Event> events) {
        return events.stream().map(e -> e.cameo() + " " + country(e.actor1()) + "->" + country(e.actor2()) + " [" + e.status().label() + "]")
                .collect(Collectors.joining("; ", "[", "]"));
    }

    static String country(org.faultline.model.Actor a) {
        return a == null ? "-" : a.country() == null ? "?" : a.country();
    }
}
