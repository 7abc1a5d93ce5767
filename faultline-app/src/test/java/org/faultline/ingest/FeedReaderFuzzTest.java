package org.faultline.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.rometools.rome.io.XmlReader;
import org.faultline.WorkBudget;
import org.faultline.model.Article;
import org.faultline.model.InputError;
import org.faultline.model.ReadResult;
import org.junit.jupiter.api.Tag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link FeedReader} without a page fetcher (README, "Fuzzing"). Seeds: {@code src/test/resources/fuzz/FeedReader/},
 * one RSS or Atom feed each. What must hold for any bytes, read with the default options and with a 300-byte limit:
 * <ul>
 *   <li>nothing is thrown; there is at least one result, and no more than the text has {@code item} and {@code entry}
 *       tags (bounded work), or exactly one when the feed is refused;</li>
 *   <li>errors are data with a position inside the input: none, "line N" (the refused feed, alone), "entry K" or "entry
 *       K, line N", where K is the result's own number (entries keep their numbers) and N a line of the text; the reason
 *       is a documented one, an unreadable date's, or (for an entry parsed on its own) the XML parser's;</li>
 *   <li>an article is entry K of the feed ("feed.xml#K"); its text is stripped and passes
 *       {@link ReadInvariants#article}; its date comes from the feed; its link is an absolute http(s) address;</li>
 *   <li>{@code looksLikeFeed} answers for any bytes; work is bounded (a time budget per read).</li>
 * </ul>
 */
@Tag("FeedReader")
class FeedReaderFuzzTest {
    private static final FeedReader READER = new FeedReader(null);
    private static final Pattern POSITION = Pattern.compile("line (\\d+)|entry (\\d+)(?:, line (\\d+))?");
    private static final Pattern ITEM = Pattern.compile("item|entry");
    private static final List<String> REASONS;

    static {
        List<String> r = new ArrayList<>(ReadInvariants.DECODE_REASONS);
        r.addAll(List.of("not a readable RSS or Atom feed: ", "the feed has no entries", "the entry has no closing tag",
                "not an entry of this feed", "the entry has no text", "link '"));
        REASONS = List.copyOf(r);
        READER.read(new RawInput("warm-up.rss", null, ("<rss version=\"2.0\"><channel><title>T</title><item><title>A</title>"
                + "<description>Shelling resumed at dawn.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8), null),
                ReadOptions.defaults());
    }

    @FuzzTest
    void fuzz(byte[] input) {
        FeedReader.looksLikeFeed(input);
        String xml = decoded(input);
        int lines = 1, items = 0;
        if (xml != null) {
            for (int i = 0; i < xml.length(); i++) {
                char c = xml.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028') lines++;   // XML 1.1 counts NEL and LS too
            }
            for (Matcher m = ITEM.matcher(xml); m.find(); ) items++;
        }
        RawInput raw = new RawInput("feed.xml", null, input, null);
        for (ReadOptions o : ReadInvariants.OPTIONS) {
            List<ReadResult> results = WorkBudget.within(input.length, "read", () -> READER.read(raw, o));
            assertFalse(results.isEmpty(), "no result");
            assertTrue(results.size() <= Math.max(1, items), results.size() + " results from " + items + " item or entry tags");
            for (int k = 1; k <= results.size(); k++) {
                ReadResult r = results.get(k - 1);
                if (!r.ok()) {
                    error(r.error(), k, results.size(), lines);
                    continue;
                }
                Article a = r.article();
                assertEquals("feed.xml#" + k, a.source(), "entries keep their numbers");
                ReadInvariants.article(a, o, "feed", false);
                assertEquals(a.text().strip(), a.text(), "text not stripped");
                if (a.url() != null)
                    assertEquals(a.url(), FeedReader.absolute(a.url(), null), "link " + a.url() + " is not an absolute http(s) address");
            }
        }
    }

    private static void error(InputError e, int k, int results, int lines) {
        Matcher m = POSITION.matcher(String.valueOf(e.position()));
        boolean parsedAlone = m.matches() && m.group(3) != null;
        if (parsedAlone || e.reason().endsWith(" is not a date (RFC 822 as in RSS, or ISO 8601 as in Atom)")
                || e.reason().endsWith(" is not a date of the years 1 to 9999")) {
            // an entry parsed on its own gives the XML parser's words; an unreadable date names its element and text
            assertEquals("feed.xml", e.input());
            assertFalse(e.reason().isBlank(), "blank reason");
        } else {
            ReadInvariants.error(e, "feed.xml", REASONS);
        }
        if (e.position() == null) return;
        assertTrue(m.matches(), "position " + e.position());
        if (m.group(1) != null) {
            assertEquals(1, results, "a position without an entry, " + e.position() + ", on one of several results");
            assertTrue(Integer.parseInt(m.group(1)) <= lines, e + ": past the last line, " + lines);
        } else {
            assertEquals(k, Integer.parseInt(m.group(2)), "result " + k + " names another entry: " + e);
            if (m.group(3) != null) assertTrue(Integer.parseInt(m.group(3)) <= lines, e + ": past the last line, " + lines);
        }
        if (m.group(1) != null || m.group(3) != null)
            assertTrue(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3)) >= 1, e + ": line before the first");
    }

    /** The characters Rome reads from the bytes (the reader's own first step), or null when it reads none. */
    private static String decoded(byte[] input) {
        try (Reader r = new XmlReader(new ByteArrayInputStream(input))) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            return w.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
