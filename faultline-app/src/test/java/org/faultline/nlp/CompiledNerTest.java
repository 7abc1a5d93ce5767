package org.faultline.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The compact string tables answer as the CoreNLP index and map they replace, for every string, for strings they lack
 * (one with the same hash code too) and after Java serialization; the build's compiled NER model numbers every
 * feature and classes every word as CoreNLP's model does, and labels our own sentences the same.
 */
class CompiledNerTest {
    /** ASCII, accented, non-Latin, a surrogate pair, the empty string, and "Aa", whose hash code is "BB"'s. */
    private static final List<String> WORDS = List.of("shelling", "Zürich", "Łódź", "Донецьк", "\uD83D\uDE80rocket", "", "Aa",
            "W-lower-shelling", "DISTSIM-123");

    private static <T> T roundTrip(T o) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(b)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b.toByteArray()))) {
            @SuppressWarnings("unchecked")
            T t = (T) in.readObject();
            return t;
        }
    }

    @Test
    void theCompactIndexNumbersEveryStringAsTheHashIndexDoes() throws Exception {
        Index<String> hash = new HashIndex<>(WORDS);
        for (Index<String> compact : List.of(new CompactIndex(hash), roundTrip(new CompactIndex(hash)))) {
            assertEquals(hash.size(), compact.size());
            for (String w : WORDS) {
                assertEquals(hash.indexOf(w), compact.indexOf(w), w);
                assertEquals(w, compact.get(compact.indexOf(w)));
                assertTrue(compact.contains(w), w);
            }
            for (String missing : List.of("BB", "zürich", "shellings", "Донецк", "\uD83D\uDE80")) {
                assertEquals(-1, compact.indexOf(missing), missing);
                assertEquals(-1, compact.indexOf(missing, false), missing);
                assertFalse(compact.contains(missing), missing);
            }
            assertEquals(-1, compact.indexOf(null));
            assertEquals(WORDS, List.copyOf(compact.objectsList()));
            assertThrows(UnsupportedOperationException.class, () -> compact.add("new"));
            assertThrows(UnsupportedOperationException.class, () -> compact.indexOf("new", true));
            assertThrows(UnsupportedOperationException.class, compact::unlock);
        }
        assertThrows(IllegalArgumentException.class, () -> new CompactStrings(List.of("a", "b", "a")));
    }

    @Test
    void theCompactLexiconAnswersAsItsMap() throws Exception {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < WORDS.size(); i++) map.put(WORDS.get(i), "C" + (i % 3));
        for (Map<String, String> compact : List.of(new CompactLexicon(map), roundTrip(new CompactLexicon(map)))) {
            assertEquals(map, compact);
            for (String w : WORDS) assertEquals(map.get(w), compact.get(w), w);
            assertNull(compact.get("BB"));
            assertNull(compact.get(42));
            assertFalse(compact.containsKey("BB"));
        }
    }

    @Test
    void theCompiledModelNumbersEveryFeatureAndClassesEveryWordAsCoreNlpsModel() throws Exception {
        assertNotNull(getClass().getClassLoader().getResource(CompiledNer.RESOURCE),
                CompiledNer.RESOURCE + " is missing: the build's process-classes phase writes it");
        assertEquals(CompiledNer.RESOURCE, CompiledNer.model());
        CRFClassifier<CoreLabel> original = CRFClassifier.getClassifier(CompiledNer.SOURCE);
        CRFClassifier<CoreLabel> compiled = CRFClassifier.getClassifier(CompiledNer.RESOURCE);
        @SuppressWarnings("unchecked")
        Index<String> a = (Index<String>) get(CRFClassifier.class, "featureIndex", original);
        @SuppressWarnings("unchecked")
        Index<String> b = (Index<String>) get(CRFClassifier.class, "featureIndex", compiled);
        assertInstanceOf(CompactIndex.class, b);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) assertEquals(i, b.indexOf(a.get(i)), a.get(i));
        Object fa = ((List<?>) get(AbstractSequenceClassifier.class, "featureFactories", original)).get(0);
        Object fb = ((List<?>) get(AbstractSequenceClassifier.class, "featureFactories", compiled)).get(0);
        Object la = get(NERFeatureFactory.class, "lexicon", fa), lb = get(NERFeatureFactory.class, "lexicon", fb);
        assertInstanceOf(CompactLexicon.class, lb);
        assertEquals(la, lb, "the distributional-similarity lexicon");
        for (String s : List.of("Militias loyal to the defence ministry shelled the port of Karvessa on Friday, "
                        + "the Red Crescent said.",
                "Fighters of the Northern Liberation Front withdrew from Olmira after talks brokered by Moscow.",
                "Ms. Okonkwo-Bérubé told Reuters in Zürich that the Łódź office had closed."))
            assertEquals(original.classifyToString(s), compiled.classifyToString(s), s);
    }

    private static Object get(Class<?> owner, String name, Object of) throws ReflectiveOperationException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(of);
    }
}
