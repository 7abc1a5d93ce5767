package org.faultline.extract;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.DateMention;
import org.faultline.nlp.Annotator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Golden files under golden/extract/dates: NAME.txt, NAME.meta (publication date, first tab field) and
 * NAME.expected.tsv (start, end, sentence, date, text). {@code -Dgolden.update=true} rewrites the expected files.
 */
class DateResolverGoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden/extract/dates");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs = texts(DIR);
        assertFalse(inputs.isEmpty(), "no golden inputs in " + DIR.toAbsolutePath());
        return inputs.stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> {
            AnnotatedArticle a = annotate(txt);
            StringBuilder actual = new StringBuilder("# start\tend\tsentence\tdate\ttext\n");
            for (DateMention d : new DateResolver().find(a)) {
                actual.append(d.start()).append('\t').append(d.end()).append('\t').append(d.sentenceIndex()).append('\t')
                        .append(d.date()).append('\t').append(d.text().replace('\n', ' ')).append('\n');
            }
            compare(txt, ".expected.tsv", actual.toString());
        }));
    }

    static List<Path> texts(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Annotates NAME.txt with the publication date from NAME.meta (none when the file is absent or empty). */
    static AnnotatedArticle annotate(Path txt) throws IOException {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        Path meta = sibling(txt, ".meta");
        LocalDate published = null;
        if (Files.exists(meta)) {
            String first = Files.readString(meta).strip().split("\t")[0];
            if (!first.isEmpty()) published = LocalDate.parse(first);
        }
        String name = txt.getFileName().toString();
        return Annotator.shared().annotate(new Article(name, name, text, published, "argument", null, null, null));
    }

    static Path sibling(Path txt, String suffix) {
        String name = txt.getFileName().toString();
        return txt.resolveSibling(name.substring(0, name.length() - ".txt".length()) + suffix);
    }

    /** Compares with NAME+suffix, or rewrites it when -Dgolden.update=true. */
    static void compare(Path txt, String suffix, String actual) throws IOException {
        Path expected = sibling(txt, suffix);
        if (Boolean.getBoolean("golden.update") || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("golden.update"))
                throw new AssertionError(expected + " was missing and has been written: check it and run again");
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "golden file " + expected);
    }
}
