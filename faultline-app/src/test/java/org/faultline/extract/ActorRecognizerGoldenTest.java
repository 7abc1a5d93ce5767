package org.faultline.extract;

import org.faultline.lexicon.Lexicon;
import org.faultline.model.ActorMention;
import org.faultline.model.AnnotatedArticle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Golden files under golden/extract/actors: NAME.txt, NAME.meta, NAME.expected.tsv (sentence, start, end, text as
 * written, CAMEO actor code, country, sector). Covers composition ("Kyrgyzstan's Ministry of Defence", "Tajik
 * border guards", "Kyrgyz analyst Aida Bekova"), a bare agent taking its country from context ("The ministry"),
 * "its" soldiers, capitals and metonyms ("the Kremlin"), people with a time-bounded role and organisations.
 * {@code -Dgolden.update=true} rewrites the expected files.
 */
class ActorRecognizerGoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden/extract/actors");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs = DateResolverGoldenTest.texts(DIR);
        assertFalse(inputs.isEmpty(), "no golden inputs in " + DIR.toAbsolutePath());
        Lexicon lexicon = Lexicon.bundled();
        ActorRecognizer recognizer = new ActorRecognizer(lexicon.actors(), lexicon.gazetteer());
        return inputs.stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> {
            AnnotatedArticle a = DateResolverGoldenTest.annotate(txt);
            StringBuilder actual = new StringBuilder("# sentence\tstart\tend\ttext\tcode\tcountry\tsector\n");
            for (ActorMention m : recognizer.find(a)) {
                actual.append(m.sentenceIndex()).append('\t').append(m.start()).append('\t').append(m.end()).append('\t')
                        .append(m.text()).append('\t').append(m.actor().code()).append('\t').append(m.actor().country())
                        .append('\t').append(m.actor().sector()).append('\n');
            }
            DateResolverGoldenTest.compare(txt, ".expected.tsv", actual.toString());
        }));
    }
}
