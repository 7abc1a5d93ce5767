package org.faultline.coding;

import org.faultline.model.Document;
import org.faultline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every CAMEO root, from sentences written for this test (golden/coding/roots.tsv). */
class CameoRootsTest {
    record Case(String root, String actor1, String actor2, String sentence, int line) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                CameoRootsTest.class.getResourceAsStream("/golden/coding/roots.tsv"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(new Case(f[0], f[1], f[2], f[3], n));
            }
        }
        return out;
    }

    static Stream<Arguments> rows() throws IOException {
        return cases().stream().map(c -> Arguments.of(c.line() + ": " + c.sentence(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void codesTheRootAndDyad(String name, Case c) {
        Document d = CodingFixture.code(c.sentence());
        boolean found = false;
        for (Event e : d.events()) {
            boolean a1 = c.actor1().equals("IGO") ? e.actor1() != null && e.actor1().code().startsWith("IGO")
                    : c.actor1().equals(CodingFixture.country(e.actor1()));
            boolean a2 = c.actor2().equals("-") || c.actor2().equals(CodingFixture.country(e.actor2()));
            if (e.root().equals(c.root()) && a1 && a2) found = true;
        }
        assertTrue(found, "expected root " + c.root() + " " + c.actor1() + "->" + c.actor2() + ", got " + CodingFixture.describe(d.events()));
    }

    @Test
    void theTableCoversEveryRoot() throws IOException {
        Set<String> roots = new TreeSet<>();
        for (Case c : cases()) roots.add(c.root());
        assertEquals(20, roots.size(), "roots covered: " + roots);
    }
}
