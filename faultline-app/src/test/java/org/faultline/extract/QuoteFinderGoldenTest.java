package org.faultline.extract;

import org.faultline.model.Actor;
import org.faultline.model.ActorMention;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Quote;
import org.faultline.model.Sentence;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Golden files under golden/extract/quotes: NAME.txt, NAME.meta, NAME.actors.tsv (name, country, sector: every
 * occurrence of the name is an actor mention, built by hand so the test does not depend on the actor recognizer)
 * and NAME.expected.tsv (id, speaker, speaker country, start, end, evidence sentence, quoted text).
 * {@code -Dgolden.update=true} rewrites the expected files.
 */
class QuoteFinderGoldenTest {
    static final Path DIR = Path.of("src/test/resources/golden/extract/quotes");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs = DateResolverGoldenTest.texts(DIR);
        assertFalse(inputs.isEmpty(), "no golden inputs in " + DIR.toAbsolutePath());
        return inputs.stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> {
            AnnotatedArticle a = DateResolverGoldenTest.annotate(txt);
            List<ActorMention> actors = actors(a, DateResolverGoldenTest.sibling(txt, ".actors.tsv"));
            StringBuilder actual = new StringBuilder("# id\tspeaker\tcountry\tstart\tend\tsentence\tquoted text\n");
            for (Quote q : new QuoteFinder().find(a, actors)) {
                actual.append(q.id()).append('\t').append(q.speaker() == null ? "-" : q.speaker().name()).append('\t')
                        .append(q.speaker() == null ? "-" : q.speaker().country()).append('\t').append(q.start()).append('\t')
                        .append(q.end()).append('\t').append(q.evidence().sentenceIndex()).append('\t').append(q.text()).append('\n');
            }
            DateResolverGoldenTest.compare(txt, ".expected.tsv", actual.toString());
        }));
    }

    /** Every occurrence of every listed name, longer names first, without overlaps. */
    static List<ActorMention> actors(AnnotatedArticle a, Path tsv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        if (Files.exists(tsv)) {
            for (String line : Files.readAllLines(tsv)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
        }
        rows.sort(Comparator.comparingInt((String[] r) -> -r[0].length()));
        String text = a.article().text();
        List<ActorMention> out = new ArrayList<>();
        for (String[] r : rows) {
            Actor actor = new Actor(r[0], r[1], r[2], null, null);
            for (int at = text.indexOf(r[0]); at >= 0; at = text.indexOf(r[0], at + 1)) {
                int s = at, e = at + r[0].length();
                if (out.stream().anyMatch(m -> m.start() < e && s < m.end())) continue;
                Sentence holder = QuoteFinder.holder(a, s);
                out.add(new ActorMention(actor, r[0], s, e, holder == null ? 0 : holder.index()));
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::start));
        return out;
    }
}
