package org.faultline.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.faultline.WorkBudget;
import org.faultline.model.Article;
import org.faultline.model.InputError;
import org.faultline.model.ReadResult;
import org.junit.jupiter.api.Tag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link HtmlReader} (README, "Fuzzing"). Seeds: {@code src/test/resources/fuzz/HtmlReader/}, one web page each,
 * as bytes. What must hold for any bytes, read with the default options and with a 300-byte limit:
 * <ul>
 *   <li>nothing is thrown: exactly one result, an article or an error;</li>
 *   <li>an error names the page and a documented reason; its position is none or "byte N" with N inside the input, the
 *       same N as a "binary data at byte N" reason;</li>
 *   <li>an article's text is stripped and passes the reader's own checks ({@link ReadInvariants#article}); its date is
 *       from the markup ("html-meta") and one the extraction can resolve against; title, outlet and address are none
 *       or not blank;</li>
 *   <li>work is bounded (a time budget per read).</li>
 * </ul>
 */
@Tag("HtmlReader")
class HtmlReaderFuzzTest {
    private static final HtmlReader READER = new HtmlReader();
    private static final Pattern BYTE = Pattern.compile("byte (\\d+)");
    private static final List<String> REASONS;

    static {
        List<String> r = new ArrayList<>(ReadInvariants.DECODE_REASONS);
        r.addAll(List.of("no article text found in the HTML", "cannot parse HTML: "));
        REASONS = List.copyOf(r);
        READER.read(new RawInput("warm-up.html", null, "<p>Shelling resumed at dawn.</p>".getBytes(StandardCharsets.UTF_8), null),
                ReadOptions.defaults());
    }

    @FuzzTest
    void fuzz(byte[] input) {
        RawInput raw = new RawInput("page.html", null, input, null);
        for (ReadOptions o : ReadInvariants.OPTIONS) {
            List<ReadResult> results = WorkBudget.within(input.length, "read", () -> READER.read(raw, o));
            assertEquals(1, results.size(), "a page is one result");
            ReadResult r = results.get(0);
            if (!r.ok()) {
                InputError e = r.error();
                ReadInvariants.error(e, "page.html", REASONS);
                if (e.position() != null) {
                    Matcher m = BYTE.matcher(e.position());
                    assertTrue(m.matches(), "position " + e.position());
                    long at = Long.parseLong(m.group(1));
                    assertTrue(at <= input.length, "position " + e.position() + " past the end of " + input.length + " bytes");
                    if (e.reason().startsWith("binary data at byte "))
                        assertEquals("binary data at byte " + at, e.reason(), "reason and position name different bytes");
                }
                continue;
            }
            Article a = r.article();
            ReadInvariants.article(a, o, "html-meta", false);
            assertEquals(a.text().strip(), a.text(), "text not stripped");
            assertEquals("page.html", a.source());
            if (a.url() != null) assertTrue(!a.url().isBlank(), "blank address");
        }
    }
}
