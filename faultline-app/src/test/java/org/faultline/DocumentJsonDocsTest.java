package org.faultline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code docs/document-json.md} documents every field the Document JSON writer emits, in the section of the object
 * that holds it. The fields are read from the export golden file, which {@code DocumentJsonGoldenTest} keeps equal to
 * what the writer writes.
 */
class DocumentJsonDocsTest {
    private static final Path DOC = Path.of("../docs/document-json.md");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/export/document.json");

    /** The section that documents an object, by the name of the field holding it. */
    private static final Map<String, String> SECTION = Map.ofEntries(
            Map.entry("document", "Document"), Map.entry("events", "Event"), Map.entry("claims", "Claim"),
            Map.entry("quotes", "Quote"), Map.entry("relations", "Relation"), Map.entry("places", "Place"),
            Map.entry("location", "Place"), Map.entry("citations", "Citation"), Map.entry("citation", "Citation"),
            Map.entry("actors", "ActorMention"), Map.entry("dates", "DateMention"), Map.entry("sentences", "Sentence"),
            Map.entry("evidence", "Evidence"), Map.entry("mentions", "Evidence"), Map.entry("actor1", "Actor"),
            Map.entry("actor2", "Actor"), Map.entry("reported_by", "Actor"), Map.entry("claimant", "Actor"),
            Map.entry("speaker", "Actor"), Map.entry("a", "Actor"), Map.entry("b", "Actor"), Map.entry("actor", "Actor"));

    private static String section(String doc, String title) {
        int at = doc.indexOf("\n## " + title + "\n");
        if (at < 0) at = doc.indexOf("\n## " + title + " ");
        assertTrue(at >= 0, "docs/document-json.md has a section '## " + title + "'");
        int next = doc.indexOf("\n## ", at + 4);
        return doc.substring(at, next < 0 ? doc.length() : next);
    }

    private static void walk(String holder, JsonNode node, String doc, List<String> missing, TreeSet<String> seen) {
        if (node.isArray()) {
            for (JsonNode item : node) walk(holder, item, doc, missing, seen);
            return;
        }
        if (!node.isObject()) return;
        String title = holder == null ? null : SECTION.get(holder);
        if (holder != null) assertNotNull(title, "no section is known for objects under '" + holder + "'");
        String text = title == null ? section(doc, "The top level") : section(doc, title);
        for (var fields = node.fields(); fields.hasNext(); ) {
            var f = fields.next();
            seen.add((title == null ? "top" : title) + "." + f.getKey());
            if (!text.contains("`" + f.getKey() + "`")) missing.add((title == null ? "top level" : title) + "." + f.getKey());
            walk(f.getKey(), f.getValue(), doc, missing, seen);
        }
    }

    @Test
    void everyFieldTheWriterEmitsIsDocumentedWhereItsObjectIs() throws IOException {
        String doc = Files.readString(DOC);
        JsonNode golden = new ObjectMapper().readTree(Files.readString(GOLDEN));
        for (String list : List.of("events", "claims", "quotes", "relations", "places", "citations", "actors", "dates", "sentences"))
            assertFalse(golden.get(list).isEmpty(), "the golden document has " + list + ", so their fields are checked");
        List<String> missing = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        walk(null, golden, doc, missing, seen);
        assertTrue(seen.size() > 70, "fields checked: " + seen);
        assertEquals(List.of(), missing, "fields the writer emits that docs/document-json.md does not document");
    }
}
