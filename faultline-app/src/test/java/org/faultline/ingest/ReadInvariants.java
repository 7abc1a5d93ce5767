package org.faultline.ingest;

import org.faultline.model.Article;
import org.faultline.model.InputError;
import org.faultline.model.PartialDate;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every reader promises of what it returns, checked by the fuzz targets of this package. */
final class ReadInvariants {
    private ReadInvariants() {}

    /** Two sets of options a target reads each input with: the defaults, and a small limit without the language check. */
    static final List<ReadOptions> OPTIONS = List.of(ReadOptions.defaults(), new ReadOptions(300, false));

    /**
     * An article as every reader hands it on: text that is not blank, stripped of nothing a reader would strip, without
     * carriage returns or binary data, within the size limit (and English when asked); its id a content hash unless
     * {@code ownId}; a publication date the extraction can resolve against (a {@link PartialDate}), with its source.
     */
    static void article(Article a, ReadOptions o, String publishedSource, boolean ownId) {
        String text = a.text();
        assertFalse(text.isBlank(), "blank text");
        assertTrue(text.indexOf('\r') < 0, "a carriage return is left in the text");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length <= o.maxArticleBytes(), bytes.length + " bytes, limit " + o.maxArticleBytes());
        assertTrue(TextChecks.binaryAt(bytes, 0, bytes.length) < 0, "binary data in the text");
        if (o.checkLanguage()) assertNull(LanguageGuess.nonEnglish(text), "text taken for another language");
        if (!ownId) assertEquals(ContentHash.of(text), a.id(), "id is not the content hash");
        assertFalse(a.id().isBlank(), "blank id");
        if (a.published() == null) {
            assertNull(a.publishedSource(), "a source for no publication date");
        } else {
            assertEquals(publishedSource, a.publishedSource());
            assertDoesNotThrow(() -> PartialDate.of(a.published()), "publication date " + a.published() + " cannot be resolved against");
        }
        for (String field : new String[] {a.title(), a.outlet()})
            if (field != null) assertFalse(field.isBlank(), "a blank title or outlet instead of none");
    }

    /** An error names the input, gives a reason, and one of the reasons the reader documents. */
    static void error(InputError e, String input, List<String> reasons) {
        assertEquals(input, e.input());
        assertFalse(e.reason().isBlank(), "blank reason");
        assertTrue(reasons.stream().anyMatch(e.reason()::startsWith), "undocumented reason: " + e.reason());
    }

    /** The reasons {@link TextChecks#decode} gives. */
    static final List<String> DECODE_REASONS = List.of("empty input", "input is ", "UTF-16 text", "binary data at byte ",
            "invalid UTF-8 at byte ", "language looks like ");
}
