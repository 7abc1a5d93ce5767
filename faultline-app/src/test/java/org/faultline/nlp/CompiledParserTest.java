package org.faultline.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The parser the build's compiled model makes is CoreNLP's text model's: every matrix, word list, id map, setting and
 * precomputed vector equal, value for value; a damaged compiled model is an error naming the byte where it broke.
 */
class CompiledParserTest {
    private static byte[] compiled;

    @BeforeAll
    static void readTheResource() throws IOException {
        try (InputStream in = CompiledParserTest.class.getClassLoader().getResourceAsStream(CompiledParser.RESOURCE)) {
            assertNotNull(in, CompiledParser.RESOURCE + " is missing: the build's process-classes phase writes it");
            compiled = in.readAllBytes();
        }
    }

    private static Properties props() {
        Properties p = new Properties();
        p.setProperty("depparse.model", Annotator.PARSER_MODEL);
        return p;
    }

    @Test
    void theCompiledModelMakesTheTextModelsParser() throws Exception {
        DependencyParser text = DependencyParser.loadFromModelFile(Annotator.PARSER_MODEL, props());
        DependencyParser ours = CompiledParser.read(compiled, "compiled", Annotator.PARSER_MODEL, props(), true);
        assertNotNull(ours);
        Classifier a = (Classifier) get(DependencyParser.class, "classifier", text);
        Classifier b = (Classifier) get(DependencyParser.class, "classifier", ours);
        assertTrue(Arrays.deepEquals(a.getE(), b.getE()), "E");
        assertTrue(Arrays.deepEquals(a.getW1(), b.getW1()), "W1");
        assertTrue(Arrays.deepEquals(a.getW2(), b.getW2()), "W2");
        assertArrayEquals(a.getb1(), b.getb1(), "b1");
        assertEquals(get(Classifier.class, "preMap", a), get(Classifier.class, "preMap", b), "the precomputed feature ids");
        double[][] saved = (double[][]) get(Classifier.class, "saved", a);
        assertEquals(20_000, saved.length, "CoreNLP precomputes its 20,000 vectors");
        assertTrue(Arrays.deepEquals(saved, (double[][]) get(Classifier.class, "saved", b)), "the precomputed vectors");
        for (String f : new String[]{"knownWords", "knownPos", "knownLabels", "wordIDs", "posIDs", "labelIDs", "language"})
            assertEquals(get(DependencyParser.class, f, text), get(DependencyParser.class, f, ours), f);
        Config x = (Config) get(DependencyParser.class, "config", text), y = (Config) get(DependencyParser.class, "config", ours);
        assertEquals(x.language, y.language);
        assertEquals(x.tlp.getClass(), y.tlp.getClass());
        assertEquals(x.hiddenSize, y.hiddenSize);
        assertEquals(x.embeddingSize, y.embeddingSize);
        assertEquals(x.numPreComputed, y.numPreComputed);
        ParsingSystem s = (ParsingSystem) get(DependencyParser.class, "system", text);
        ParsingSystem t = (ParsingSystem) get(DependencyParser.class, "system", ours);
        assertEquals(s.getClass(), t.getClass());
        assertEquals(get(ParsingSystem.class, "transitions", s), get(ParsingSystem.class, "transitions", t));
        assertEquals(get(ParsingSystem.class, "labels", s), get(ParsingSystem.class, "labels", t));
    }

    @Test
    void withoutPrecomputationTheVectorsAreLeftToFirstUseAndThenTheSame() throws Exception {
        DependencyParser lazy = CompiledParser.read(compiled, "compiled", Annotator.PARSER_MODEL, props(), false);
        Classifier c = (Classifier) get(DependencyParser.class, "classifier", lazy);
        assertNull(get(Classifier.class, "saved", c));
        CompiledParser.precompute(lazy);
        DependencyParser text = DependencyParser.loadFromModelFile(Annotator.PARSER_MODEL, props());
        Classifier a = (Classifier) get(DependencyParser.class, "classifier", text);
        assertTrue(Arrays.deepEquals((double[][]) get(Classifier.class, "saved", a), (double[][]) get(Classifier.class, "saved", c)));
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) get(Classifier.class, "preMap", c);
        int id = preMap.keySet().iterator().next();
        assertArrayEquals(((double[][]) get(Classifier.class, "saved", a))[preMap.get(id)], CompiledParser.vector(c.getW1(), c.getE(), id));
    }

    @Test
    void aModelCompiledFromAnotherTextModelIsNotUsed() {
        assertNull(CompiledParser.read(compiled, "compiled", "edu/stanford/nlp/models/parser/nndep/other.gz", props(), false));
    }

    @Test
    void aDamagedModelIsAnErrorNamingTheByteWhereItBroke() {
        byte[] cut = Arrays.copyOf(compiled, compiled.length / 2);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CompiledParser.read(cut, "parser.bin", Annotator.PARSER_MODEL, props(), false));
        assertTrue(e.getMessage().startsWith("parser.bin at byte "), e.getMessage());
        assertTrue(e.getMessage().contains(" of " + cut.length + ": damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("bytes of matrices and ids, and"), e.getMessage());

        byte[] magic = compiled.clone();
        magic[0] ^= 0x20;
        e = assertThrows(IllegalStateException.class,
                () -> CompiledParser.read(magic, "parser.bin", Annotator.PARSER_MODEL, props(), false));
        assertTrue(e.getMessage().startsWith("parser.bin at byte 4 of "), e.getMessage());
        assertTrue(e.getMessage().contains("not a compiled parser model"), e.getMessage());

        byte[] empty = new byte[0];
        e = assertThrows(IllegalStateException.class,
                () -> CompiledParser.read(empty, "parser.bin", Annotator.PARSER_MODEL, props(), false));
        assertTrue(e.getMessage().startsWith("parser.bin at byte 0 of 0: damaged"), e.getMessage());

        // a word list claiming more words than the file has bytes is refused before anything that size is allocated
        byte[] huge = compiled.clone();
        int words = wordCountOffset(huge);
        huge[words] = 0x7f;
        e = assertThrows(IllegalStateException.class,
                () -> CompiledParser.read(huge, "parser.bin", Annotator.PARSER_MODEL, props(), false));
        assertTrue(e.getMessage().contains("list of "), e.getMessage());
    }

    /** The offset of the word count: after the magic, the version and three length-prefixed strings. */
    private static int wordCountOffset(byte[] b) {
        int at = 8;
        for (int i = 0; i < 3; i++) at += 4 + java.nio.ByteBuffer.wrap(b, at, 4).getInt();
        return at;
    }

    private static Object get(Class<?> owner, String name, Object of) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(of);
    }
}
