package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link FastParser} gives CoreNLP's own parse of every sentence: the same heads, labels and order of dependencies as
 * {@code DependencyParser.predict}, on every sentence of the four bundled samples and on sentences of our own chosen for
 * what moves the parser's arithmetic (one word, a long list, brackets, a quotation, numbers, an unknown word).
 */
class FastParserTest {
    private static final String[] OWN = {
        "Shelling.",
        "Militia fighters, police officers, border guards, soldiers, volunteers, medics and two reporters were "
                + "among the 41 people hurt when mortar rounds hit the market, the bus depot and the school on 3 May.",
        "\"We did not fire first,\" the ministry's spokesperson said on Tuesday (local time), adding that the "
                + "patrol had come under fire near the river crossing.",
        "Zxqvoril brigades reportedly retook Hill 1247 overnight after a 36-hour artillery duel.",
        "The talks, which both sides called constructive, ended without agreement.",
    };

    @Test
    void everyParseIsTheParsersOwn() throws IOException {
        Annotator annotator = Annotator.shared();
        FastParser fast = annotator.fastParser();
        assertNotNull(fast, "the fast parser could not read this CoreNLP's parser (another version?)");
        Properties defaults = new Properties();
        defaults.setProperty("depparse.model", Annotator.PARSER_MODEL);
        DependencyParser reference = DependencyParser.loadFromModelFile(Annotator.PARSER_MODEL, defaults);
        Properties props = Annotator.taggerProperties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        List<String> texts = new ArrayList<>(List.of(OWN));
        for (String name : List.of("sudan-el-fasher-shelling", "kashmir-loc-ceasefire", "ukraine-border-drones", "sahel-convoy-ambush"))
            texts.add(sample(name));
        int sentences = 0;
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            tagger.annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                String own = reference.predict(s).typedDependencies().toString();
                String said = s.get(CoreAnnotations.TextAnnotation.class);
                assertEquals(own, fast.predict(s).typedDependencies().toString(), said);
                sentences++;
            }
        }
        assertTrue(sentences >= 60, "sentences compared: " + sentences);
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = FastParserTest.class.getResourceAsStream("/org/faultline/sample/" + name + ".txt")) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
