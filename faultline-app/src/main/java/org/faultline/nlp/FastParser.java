package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.faultline.nlp.ModelFiles.field;

/**
 * CoreNLP's neural dependency parser ({@link DependencyParser#predict}) with the same arithmetic in a faster order, so
 * that every parse is bit for bit the parser's own (issue 12: the parser was 62 % of the pipeline's CPU).
 *
 * <p>What changes, and why none of it changes a result:
 * <ul>
 *   <li>The output layer scores four transitions at once. Each score is still the sum of its 1,000 terms from the first
 *       to the last, as {@code ArrayMath.dotProduct} makes it, so each is the same double; the four independent sums
 *       only keep the processor's adders busy where one sum waited for its previous addition.</li>
 *   <li>Only the transitions the state allows are scored: the parser takes the first best score among the allowed ones,
 *       so a score it never reads need not exist. When one transition alone is allowed (a shift while the stack holds
 *       the root and one word), nothing is scored.</li>
 *   <li>The hidden layer adds the same precomputed or cached vectors in the same feature order. The feature vectors
 *       that CoreNLP caches in one cache shared by every thread, under a lock, are cached here per thread; they are a
 *       pure function of the feature, so which are cached changes no value.</li>
 * </ul>
 *
 * <p>It reads the parser's private weights and tables by reflection: CoreNLP keeps them private and has no faster
 * entry point. {@link #of} returns null when that fails (another CoreNLP version), and the caller then uses
 * {@code predict}. {@code FastParserTest} compares the two on every sentence of the bundled samples.
 */
final class FastParser {
    private static final int UNCACHED = -1;
    private static final int CACHE_LIMIT = 5_000;

    private final DependencyParser parser;
    private final ArcStandard system;
    private final List<String> transitions;
    private final float[][] w1, e, w2;
    private final float[] b1;
    /**
     * The precomputed vectors of the model's frequent features: CoreNLP's, when it computed them as it loaded, else each
     * computed on first use ({@link CompiledParser#vector}, the same arithmetic), read and written through {@link #ROW}.
     */
    private final double[][] saved;
    private static final java.lang.invoke.VarHandle ROW = java.lang.invoke.MethodHandles.arrayElementVarHandle(double[][].class);
    /** Row of {@link #saved} for each feature index (token id × 48 + position), or {@link #UNCACHED}. */
    private final int[] precomputed;
    private final boolean sliceCache;
    private final Method relation, structure;
    private final ThreadLocal<Map<Integer, float[]>> slices = ThreadLocal.withInitial(HashMap::new);

    private FastParser(DependencyParser parser) throws ReflectiveOperationException {
        this.parser = parser;
        Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
        system = (ArcStandard) field(DependencyParser.class, "system").get(parser);
        @SuppressWarnings("unchecked")
        List<String> moves = (List<String>) field(ParsingSystem.class, "transitions").get(system);
        transitions = List.copyOf(moves);
        Config config = (Config) field(Classifier.class, "config").get(classifier);
        sliceCache = config.numCached != 0;
        w1 = classifier.getW1();
        e = classifier.getE();
        w2 = classifier.getW2();
        b1 = classifier.getb1();
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
        precomputed = new int[e.length * Config.numTokens];
        Arrays.fill(precomputed, UNCACHED);
        double[][] own = (double[][]) field(Classifier.class, "saved").get(classifier);
        saved = own != null ? own.clone() : new double[preMap.size()][];
        for (Map.Entry<Integer, Integer> p : preMap.entrySet()) precomputed[p.getKey()] = p.getValue();
        relation = DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
        relation.setAccessible(true);
        structure = DependencyParser.class.getDeclaredMethod("makeGrammaticalStructure", List.class, TreeGraphNode.class);
        structure.setAccessible(true);
        if (w2.length != transitions.size() || b1.length != w1.length)
            throw new ReflectiveOperationException("unexpected parser shape");
    }

    /** The fast form of {@code parser}, or null when its internals are not the ones this class knows. */
    static FastParser of(DependencyParser parser) {
        try {
            return new FastParser(parser);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** What {@link DependencyParser#predict(CoreMap)} returns for {@code sentence}. */
    GrammaticalStructure predict(CoreMap sentence) {
        Configuration c = system.initialConfiguration(sentence);
        int moves = transitions.size();
        int[] allowed = new int[moves];   // the transitions the state allows, in the parser's order
        double[] hidden = new double[b1.length], scores = new double[moves];
        int[] feature = new int[Config.numTokens];
        while (!system.isTerminal(c)) {
            if (Thread.interrupted()) throw new RuntimeInterruptedException();
            int n = 0;
            for (int j = 0; j < moves; j++) if (system.canApply(c, transitions.get(j))) allowed[n++] = j;
            int best = n == 1 ? allowed[0] : -1;
            if (n > 1) {
                features(c, feature);
                hiddenLayer(feature, hidden);
                score(hidden, allowed, n, scores);
                double top = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < n; r++) {
                    if (scores[allowed[r]] > top) {
                        top = scores[allowed[r]];
                        best = allowed[r];
                    }
                }
            }
            system.apply(c, best < 0 ? null : transitions.get(best));
        }
        return structure(sentence, c);
    }

    /** The 48 feature ids of the state, as {@code DependencyParser.getFeatureArray} makes them. */
    private void features(Configuration c, int[] f) {
        final int pos = 18, dep = 36, stack = 6, number = 6;
        for (int j = 2; j >= 0; --j) {
            int index = c.getStack(j);
            f[2 - j] = parser.getWordID(c.getWord(index));
            f[pos + (2 - j)] = parser.getPosID(c.getPOS(index));
        }
        for (int j = 0; j <= 2; ++j) {
            int index = c.getBuffer(j);
            f[3 + j] = parser.getWordID(c.getWord(index));
            f[pos + 3 + j] = parser.getPosID(c.getPOS(index));
        }
        for (int j = 0; j <= 1; ++j) {
            int k = c.getStack(j);
            int[] children = {c.getLeftChild(k), c.getRightChild(k), c.getLeftChild(k, 2), c.getRightChild(k, 2),
                    c.getLeftChild(c.getLeftChild(k)), c.getRightChild(c.getRightChild(k))};
            for (int m = 0; m < children.length; m++) {
                int index = children[m];
                f[stack + j * number + m] = parser.getWordID(c.getWord(index));
                f[pos + stack + j * number + m] = parser.getPosID(c.getPOS(index));
                f[dep + j * number + m] = parser.getLabelID(c.getLabel(index));
            }
        }
    }

    /** The hidden layer: the features' vectors summed in feature order, the bias added, then cubed. */
    private void hiddenLayer(int[] feature, double[] hidden) {
        Arrays.fill(hidden, 0);
        int embedding = e[0].length;
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * Config.numTokens + j;
            int row = precomputed[index];
            if (row != UNCACHED) {
                double[] v = (double[]) ROW.getAcquire(saved, row);
                if (v == null) {
                    // another thread may compute the same row at the same time: the same values, either is kept
                    v = CompiledParser.vector(w1, e, index);
                    ROW.setRelease(saved, row, v);
                }
                for (int i = 0; i < hidden.length; i++) hidden[i] += v[i];
            } else if (sliceCache) {
                float[] v = slice(index, tok, offset);
                for (int i = 0; i < hidden.length; i++) hidden[i] += v[i];
            } else {
                float[] x = e[tok];
                for (int i = 0; i < hidden.length; i++) {
                    double partial = hidden[i];
                    for (int k = 0; k < embedding; k++) partial += w1[i][offset + k] * x[k];
                    hidden[i] = partial;
                }
            }
            offset += embedding;
        }
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
    }

    /** A feature's vector in float, as CoreNLP's cache holds it ({@code Classifier.matrixMultiplySlice}). */
    private float[] slice(int index, int tok, int offset) {
        Map<Integer, float[]> cache = slices.get();
        float[] v = cache.get(index);
        if (v != null) return v;
        float[] x = e[tok];
        v = new float[w1.length];
        for (int i = 0; i < w1.length; i++) {
            double partial = 0.0;
            for (int k = 0; k < x.length; k++) partial += w1[i][offset + k] * x[k];
            v[i] = (float) partial;
        }
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(index, v);
        return v;
    }

    /**
     * The scores of the first {@code n} transitions of {@code rows}, four at a time, each summed from its first term to
     * its last.
     */
    private void score(double[] h, int[] rows, int n, double[] scores) {
        int r = 0;
        for (; r + 3 < n; r += 4) {
            float[] a = w2[rows[r]], b = w2[rows[r + 1]], c = w2[rows[r + 2]], d = w2[rows[r + 3]];
            double sa = 0, sb = 0, sc = 0, sd = 0;
            for (int i = 0; i < h.length; i++) {
                double x = h[i];
                sa += x * a[i];
                sb += x * b[i];
                sc += x * c[i];
                sd += x * d[i];
            }
            scores[rows[r]] = sa;
            scores[rows[r + 1]] = sb;
            scores[rows[r + 2]] = sc;
            scores[rows[r + 3]] = sd;
        }
        for (; r < n; r++) {
            float[] a = w2[rows[r]];
            double s = 0;
            for (int i = 0; i < h.length; i++) s += h[i] * a[i];
            scores[rows[r]] = s;
        }
    }

    /** The grammatical structure of the finished state, as {@code predict} builds it. */
    private GrammaticalStructure structure(CoreMap sentence, Configuration c) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<TypedDependency> dependencies = new ArrayList<>();
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        try {
            for (int i = 1; i <= c.getSentenceSize(); i++) {
                int head = c.getHead(i);
                IndexedWord word = new IndexedWord(tokens.get(i - 1));
                IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
                GrammaticalRelation rel = head == 0 ? GrammaticalRelation.ROOT
                        : (GrammaticalRelation) relation.invoke(parser, c.getLabel(i));
                dependencies.add(new TypedDependency(rel, headWord, word));
            }
            return (GrammaticalStructure) structure.invoke(parser, dependencies, new TreeGraphNode(root));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot build the parse's structure", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("cannot build the parse's structure", e.getCause());
        }
    }
}
