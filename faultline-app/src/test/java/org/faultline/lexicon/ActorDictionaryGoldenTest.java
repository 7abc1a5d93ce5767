package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scans hand-written sentences left to right with the bundled dictionary and compares every match with
 * {@code golden/lexicon/actor-matches.txt}. A block is {@code > tokens separated by spaces}, optionally
 * {@code @ YYYY-MM-DD}, then one line per match: {@code first-token length code kind canonical}.
 */
class ActorDictionaryGoldenTest {

    @Test
    void sentencesGiveTheGoldenMatches() throws IOException {
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/lexicon/actor-matches.txt")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        List<String> words = null;
        LocalDate when = null;
        for (String line : (golden + "\n> ").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) continue;
            if (line.startsWith("> ") || line.equals(">")) {
                if (words != null) actual.addAll(scan(words, when));
                String text = line.substring(1).trim();
                words = text.isEmpty() ? null : Arrays.asList(text.split(" "));
                when = null;
                if (words != null) {
                    expected.add(line);
                    actual.add(line);
                }
            } else if (line.startsWith("@ ")) {
                when = LocalDate.parse(line.substring(2).trim());
                expected.add(line);
                actual.add(line);
            } else {
                expected.add(line.trim());
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    private static List<String> scan(List<String> words, LocalDate when) {
        ActorDictionary d = ActorDictionary.bundled();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Optional<PhraseMatch> m = when == null ? d.longestMatch(words, null, i) : d.longestMatch(words, null, i, when);
            if (m.isEmpty()) {
                i++;
                continue;
            }
            ActorEntry e = m.get().entry();
            out.add(i + " " + m.get().length() + " " + e.code() + " " + e.kind() + " " + e.canonical());
            i += m.get().length();
        }
        return out;
    }
}
