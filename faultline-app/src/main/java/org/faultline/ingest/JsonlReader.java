package org.faultline.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.model.Article;
import org.faultline.model.ReadResult;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one article per line: {"id", "text", "date" or "published", "outlet", "title", "url"}. A bad line becomes an
 * error naming its line number; the other lines go on.
 */
final class JsonlReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<ReadResult> read(RawInput input, ReadOptions options) {
        byte[] b = input.bytes();
        List<ReadResult> out = new ArrayList<>();
        ReadOptions lineOptions = new ReadOptions(options.maxArticleBytes() * 2 + 1024 * 1024, false);
        int lineStart = 0, line = 1;
        boolean any = false;
        while (lineStart < b.length) {
            int lineEnd = lineStart;
            while (lineEnd < b.length && b[lineEnd] != '\n') lineEnd++;
            if (!blank(b, lineStart, lineEnd)) {
                any = true;
                out.add(record(input, b, lineStart, lineEnd, line, options, lineOptions));
            }
            lineStart = lineEnd + 1;
            line++;
        }
        if (!any) return List.of(ReadResult.failed(input.name(), "byte 0", "empty input"));
        return out;
    }

    private static ReadResult record(RawInput input, byte[] b, int from, int to, int line, ReadOptions options,
                                     ReadOptions lineOptions) {
        String position = "line " + line;
        TextChecks.Decoded d = TextChecks.decode(b, from, to, from, line, lineOptions);
        if (!d.ok()) return ReadResult.failed(input.name(), position, d.reason());
        JsonNode node;
        try (JsonParser parser = JSON.createParser(d.text())) {
            node = JSON.readTree(parser);
            if (node != null && parser.nextToken() != null) {
                // '{"text": "a"} {"text": "b"}': the second record would be lost without a word
                int column = parser.currentTokenLocation().getColumnNr();
                return ReadResult.failed(input.name(), column > 0 ? position + ", column " + column : position,
                        "not valid JSON: more follows the object; a line holds one JSON object");
            }
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            return ReadResult.failed(input.name(), column > 0 ? position + ", column " + column : position,
                    "not valid JSON: " + firstLine(msg));
        } catch (IOException e) {
            return ReadResult.failed(input.name(), position, "not valid JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject())
            return ReadResult.failed(input.name(), position, "not a JSON object; expected {\"id\", \"text\", \"date\", ...}");
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) return ReadResult.failed(input.name(), position, "no \"text\" field");
        if (!textNode.isTextual()) return ReadResult.failed(input.name(), position, "\"text\" is not a string");
        String text = TextChecks.normaliseLineEnds(textNode.textValue());
        if (text.isBlank()) return ReadResult.failed(input.name(), position, "empty text");
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > options.maxArticleBytes())
            return ReadResult.failed(input.name(), position, TextChecks.tooLarge(size, options).reason());
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        int binary = TextChecks.binaryAt(textBytes, 0, textBytes.length);
        if (binary >= 0) return ReadResult.failed(input.name(), position, "binary data at byte " + binary + " of \"text\"");
        if (options.checkLanguage()) {
            String language = LanguageGuess.nonEnglish(text);
            if (language != null)
                return ReadResult.failed(input.name(), position,
                        "language looks like " + language + ", not English; faultline codes English text only");
        }
        String id = string(node, "id");
        LocalDate published = null;
        String dateField = node.hasNonNull("date") ? "date" : node.hasNonNull("published") ? "published" : null;
        if (dateField != null) {
            String raw = node.get(dateField).asText();
            published = Dates.parse(raw);
            if (published == null)
                return ReadResult.failed(input.name(), position, "\"" + dateField + "\" '" + raw + "' " + Dates.problem(raw));
        }
        return ReadResult.ok(new Article(id == null || id.isBlank() ? ContentHash.of(text) : id,
                input.name() + ":" + line, text, published, published == null ? null : "input",
                string(node, "outlet"), string(node, "title"), string(node, "url")));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.replaceAll("\\s*\\(start marker at .*$", "").replaceAll("\\s+at \\[Source.*$", "");
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') return false;
        return true;
    }
}
