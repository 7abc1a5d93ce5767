package org.faultline.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.WorkBudget;
import org.faultline.model.Article;
import org.faultline.model.InputError;
import org.faultline.model.ReadResult;
import org.junit.jupiter.api.Tag;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fuzzes {@link JsonlReader} (README, "Fuzzing"). Seeds: {@code src/test/resources/fuzz/JsonlReader/}, one JSON-lines
 * file each. What must hold for any bytes, read with the default options and with a 300-byte limit:
 * <ul>
 *   <li>nothing is thrown: one result per line that is not blank, in line order, or one "empty input" error at byte 0;</li>
 *   <li>an error names the file, a documented reason and its own line ("line N" or "line N, column C", C within the
 *       line);</li>
 *   <li>an article is its line: the line is one JSON object and nothing after it (read again here by Jackson with
 *       trailing tokens refused), whose "text" is the article's text (line ends normalised), whose "id" is its id (else
 *       the content hash), whose "date" or "published" is its date; and it passes {@link ReadInvariants#article};</li>
 *   <li>work is bounded (a time budget per read).</li>
 * </ul>
 */
@Tag("JsonlReader")
class JsonlReaderFuzzTest {
    private static final JsonlReader READER = new JsonlReader();
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern POSITION = Pattern.compile("line (\\d+)(?:, column (\\d+))?");
    private static final List<String> REASONS;

    static {
        List<String> r = new ArrayList<>(ReadInvariants.DECODE_REASONS);
        r.addAll(List.of("not valid JSON: ", "not a JSON object; expected", "no \"text\" field", "\"text\" is not a string",
                "empty text", "\"date\" '", "\"published\" '"));
        REASONS = List.copyOf(r);
        READER.read(new RawInput("warm-up.jsonl", null, "{\"id\": \"a\", \"text\": \"Shelling resumed at dawn.\"}\n"
                .getBytes(StandardCharsets.UTF_8), null), ReadOptions.defaults());
    }

    /** One line of the input: its number and its bytes without the line feed. */
    private record Line(int number, int from, int to) {}

    @FuzzTest
    void fuzz(byte[] input) {
        List<Line> lines = new ArrayList<>();
        for (int from = 0, n = 1; from < input.length; n++) {
            int to = from;
            while (to < input.length && input[to] != '\n') to++;
            boolean blank = true;
            for (int i = from; i < to; i++) blank &= input[i] == ' ' || input[i] == '\t' || input[i] == '\r';
            if (!blank) lines.add(new Line(n, from, to));
            from = to + 1;
        }
        RawInput raw = new RawInput("in.jsonl", null, input, null);
        for (ReadOptions o : ReadInvariants.OPTIONS) {
            List<ReadResult> results = WorkBudget.within(input.length, "read", () -> READER.read(raw, o));
            if (lines.isEmpty()) {
                assertEquals(List.of(ReadResult.failed("in.jsonl", "byte 0", "empty input")), results);
                continue;
            }
            assertEquals(lines.size(), results.size(), "one result per line that is not blank");
            for (int k = 0; k < lines.size(); k++) check(input, lines.get(k), results.get(k), o);
        }
    }

    private static void check(byte[] input, Line line, ReadResult r, ReadOptions o) {
        String where = "line " + line.number();
        String decoded = strictUtf8(input, line);
        if (!r.ok()) {
            InputError e = r.error();
            ReadInvariants.error(e, "in.jsonl", REASONS);
            Matcher m = POSITION.matcher(String.valueOf(e.position()));
            assertTrue(m.matches(), where + ": position " + e.position());
            assertEquals(line.number(), Integer.parseInt(m.group(1)), where + ": the error names another line: " + e);
            if (m.group(2) != null) {
                int column = Integer.parseInt(m.group(2));
                int length = decoded == null ? line.to() - line.from() : decoded.length();
                assertTrue(column >= 1 && column <= length + 1, where + ": column " + column + " outside a line of " + length);
            }
            return;
        }
        Article a = r.article();
        assertEquals("in.jsonl:" + line.number(), a.source());
        if (decoded == null) fail(where + " is not UTF-8 but was read as " + a);
        JsonNode node;
        try {
            node = STRICT.readTree(decoded);
        } catch (JsonProcessingException e) {
            fail(where + " is not one JSON value (" + e.getOriginalMessage() + ") but was read as an article: " + decoded);
            return;
        }
        assertTrue(node != null && node.isObject() && node.path("text").isTextual(), where + " has no text but was read: " + decoded);
        assertEquals(TextChecks.normaliseLineEnds(node.get("text").textValue()), a.text(), where + ": text");
        JsonNode id = node.get("id");
        boolean ownId = id != null && !id.isNull() && !id.isContainerNode() && !id.asText().isBlank();
        if (ownId) assertEquals(id.asText(), a.id(), where + ": id");
        JsonNode date = node.hasNonNull("date") ? node.get("date") : node.get("published");
        assertEquals(date == null || date.isNull() ? null : Dates.parse(date.asText()), a.published(), where + ": date");
        ReadInvariants.article(a, o, "input", ownId);
    }

    /** The line as UTF-8 without a leading byte-order mark, or null when it is not UTF-8. */
    private static String strictUtf8(byte[] input, Line line) {
        int from = line.from();
        if (line.to() - from >= 3 && input[from] == (byte) 0xEF && input[from + 1] == (byte) 0xBB && input[from + 2] == (byte) 0xBF)
            from += 3;
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(input, from, line.to() - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
