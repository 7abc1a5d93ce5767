package org.faultline.extract;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Citation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Golden files under golden/extract/citations: NAME.txt, NAME.meta, NAME.expected.tsv
 * (outlet, date, start, end, evidence sentence, evidence start, cited text). {@code -Dgolden.update=true} rewrites them.
 */
class CitationParserGoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden/extract/citations");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs = DateResolverGoldenTest.texts(DIR);
        assertFalse(inputs.isEmpty(), "no golden inputs in " + DIR.toAbsolutePath());
        return inputs.stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> {
            AnnotatedArticle a = DateResolverGoldenTest.annotate(txt);
            String text = a.article().text();
            StringBuilder actual = new StringBuilder("# outlet\tdate\tstart\tend\tsentence\tsentence start\tcited text\n");
            for (Citation c : new CitationParser().find(a, new DateResolver())) {
                actual.append(c.outlet()).append('\t').append(c.date()).append('\t').append(c.start()).append('\t')
                        .append(c.end()).append('\t').append(c.evidence().sentenceIndex()).append('\t')
                        .append(c.evidence().start()).append('\t').append(text, c.start(), c.end()).append('\n');
            }
            DateResolverGoldenTest.compare(txt, ".expected.tsv", actual.toString());
        }));
    }
}
