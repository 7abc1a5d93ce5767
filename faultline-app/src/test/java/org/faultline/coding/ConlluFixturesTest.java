package org.faultline.coding;

import org.faultline.Faultline;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.CodingConventions;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The coder on hand-checked parses: each fixture in {@code src/test/resources/fixtures/conllu/} is a short article
 * as CoNLL-U (see {@link Conllu} for the columns and comments), coded by extract + coding with faultline's
 * conventions, and compared with the EXACT set of events it must give. No CoreNLP: the whole class runs in
 * milliseconds once the dictionaries are loaded.
 *
 * <p>To add a case, one {@code .conllu} plus one {@code .expected.tsv} is one test row:
 * <ol>
 * <li>write a short article of your own sentences (never copied from a news article; real country names, so actors
 *     resolve) and draft its parse with {@link ConlluDraft} (CoreNLP, once, outside the test run);</li>
 * <li>check every arc, tag, lemma and NER label by hand against the UD guidelines and fix the draft: the fixture is
 *     the parse the coder should get, not the parse CoreNLP happens to give;</li>
 * <li>save it as {@code NAME.conllu} with {@code # published = YYYY-MM-DD}, and beside it {@code NAME.expected.tsv}:
 *     one line per event, {@code CAMEO<TAB>actor1-country<TAB>actor2-country<TAB>status}, sorted, where {@code -}
 *     is no actor and {@code ?} an actor with no country; lines starting with {@code #} are notes. An empty file
 *     (notes only) says the article holds no event;</li>
 * <li>optionally {@code NAME.expected-claims.tsv}: one line per claim, {@code stance<TAB>claimant-country}, sorted;
 *     when present, the claims are compared exactly too.</li>
 * </ol>
 */
class ConlluFixturesTest {
    private static final Path DIR = fixtures();
    private static Faultline faultline;
    private static boolean coreNlpLoadedBefore;

    private static Path fixtures() {
        try {
            return Path.of(ConlluFixturesTest.class.getResource("/fixtures/conllu").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void create() {
        coreNlpLoadedBefore = coreNlpLoaded();
        faultline = Faultline.create(null);
        // first use of the extract and coding classes (and of the WordNet fallback, loading in the background) is
        // set-up, not the rows' cost: one throwaway sentence pays it here
        faultline.process(Conllu.read("warm-up", """
                # text = Chile thanked Peru.
                1	Chile	Chile	PROPN	NNP	_	2	nsubj	_	NER=LOCATION
                2	thanked	thank	VERB	VBD	_	0	root	_	_
                3	Peru	Peru	PROPN	NNP	_	2	obj	_	NER=LOCATION
                4	.	.	PUNCT	.	_	2	punct	_	_
                """), CodingConventions.FAULTLINE);
    }

    /** Coding a parsed article never loads the CoreNLP models (unless an earlier test class in this JVM did). */
    @AfterAll
    static void coreNlpWasNeverLoaded() {
        if (!coreNlpLoadedBefore) assertNull(annotatorInstance(), "Faultline.process(AnnotatedArticle, ...) loaded CoreNLP");
    }

    static Stream<String> fixtureNames() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".conllu"))
                    .map(n -> n.substring(0, n.length() - ".conllu".length())).sorted().toList();
            if (names.isEmpty()) throw new IllegalStateException("no .conllu fixture in " + DIR);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureNames")
    void codesExactlyTheExpectedEvents(String name) {
        AnnotatedArticle article = Conllu.read(DIR.resolve(name + ".conllu"));
        Document d = faultline.process(article, CodingConventions.FAULTLINE);
        List<String> events = d.events().stream().map(ConlluFixturesTest::row).sorted().toList();
        assertEquals(expected(name + ".expected.tsv", true), events, () -> name + " events:\n" + explain(d));
        Path claims = DIR.resolve(name + ".expected-claims.tsv");
        if (Files.exists(claims)) {
            List<String> got = d.claims().stream().map(c -> c.stance() + "\t" + CodingFixture.country(c.claimant())).sorted().toList();
            assertEquals(expected(name + ".expected-claims.tsv", false), got, () -> name + " claims: " + d.claims());
        }
    }

    /** A headline, a lead and a restatement of one shelling: one event, told by the lead, with two more mentions. */
    @org.junit.jupiter.api.Test
    void aHeadlineALeadAndARestatementAreOneEventWithThreeMentions() {
        Document d = faultline.process(Conllu.read(DIR.resolve("headline-lead-restatement.conllu")), CodingConventions.FAULTLINE);
        assertEquals(1, d.events().size(), () -> explain(d));
        Event e = d.events().get(0);
        assertEquals(1, e.evidence().sentenceIndex(), "the lead, a body sentence, tells it best");
        assertEquals(List.of(0, 2), e.mentions().stream().map(m -> m.sentenceIndex()).toList(), "headline and restatement");
        assertEquals("headline", d.sentences().get(0).zone().label());
    }

    static String row(Event e) {
        return e.cameo() + "\t" + CodingFixture.country(e.actor1()) + "\t" + CodingFixture.country(e.actor2()) + "\t" + e.status().label();
    }

    private static List<String> expected(String file, boolean required) {
        Path p = DIR.resolve(file);
        if (!Files.exists(p)) {
            if (required) throw new AssertionError(file + " is missing: every fixture needs its expected events, even none");
            return List.of();
        }
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String explain(Document d) {
        return d.events().stream().map(e -> row(e) + "\tsentence " + e.evidence().sentenceIndex()
                        + " (+" + e.mentions().size() + " mentions)\t" + e.why())
                .collect(Collectors.joining("\n"));
    }

    private static boolean coreNlpLoaded() {
        return annotatorInstance() != null;
    }

    /** The process-wide annotator if it was created, read without loading or initialising anything. */
    private static Object annotatorInstance() {
        try {
            Class<?> c = Class.forName("org.faultline.nlp.Annotator", false, ConlluFixturesTest.class.getClassLoader());
            var f = c.getDeclaredField("shared");
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Annotator.shared", e);
        }
    }
}
