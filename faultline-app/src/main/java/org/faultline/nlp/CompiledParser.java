package org.faultline.nlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TreebankLanguagePack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.faultline.nlp.ModelFiles.field;

/**
 * CoreNLP's neural dependency parser model in a binary form that the build writes from CoreNLP's own text model
 * ({@link BuildParserModel}), so that a process starts parsing sooner (issue 12: cold start). The numbers are the same
 * floats: the build reads them with CoreNLP's loader and writes each as its four bytes, so the parser made from this
 * form is the text model's, which {@code CompiledParserTest} checks array by array.
 *
 * <p>Why: CoreNLP reads the model as 49 MB of decimal text, splitting each line into strings and parsing seven million
 * numbers; that allocates over a gigabyte and took 1.8 to 2.4 s of a cold process's CPU. This form is read with bulk
 * copies. Two more savings, neither changing a value:
 * <ul>
 *   <li>CoreNLP's loader precomputes 20,000 hidden-layer vectors (160 MB, a billion multiplications) before the first
 *       parse. {@link #read} can leave them to {@link FastParser}, which computes each with {@link #vector}, the same
 *       arithmetic, the first time a sentence needs it; {@link #precompute} computes them all for CoreNLP's own
 *       {@code predict}.</li>
 *   <li>CoreNLP's classifier allocates AdaGrad histories as large as its matrices, used only in training.</li>
 * </ul>
 *
 * <p>The form: a magic number and version, the text model's resource name, the language and treebank language pack
 * CoreNLP's loader sets, the word, tag and label lists, the matrices E, W1, b1, W2 as little-endian floats, and the
 * feature ids to precompute in the order CoreNLP numbers them. {@link #read} returns null when the resource is absent
 * or compiled from another model; a damaged one is an error naming the resource and the byte offset.
 */
final class CompiledParser {
    private static final int MAGIC = 0x464c4e44;   // "FLND"
    private static final int VERSION = 1;
    /** Where the build puts the compiled form of {@link Annotator#PARSER_MODEL}, on the class path. */
    static final String RESOURCE = "org/faultline/nlp/english_UD.nndep.bin";

    private CompiledParser() {
    }

    /** Writes the compiled form of the text model {@code args[0]} to the file {@code args[1]} ({@link BuildParserModel}). */
    static void build(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: CompiledParser TEXT_MODEL_RESOURCE OUTPUT_FILE");
        Path out = Path.of(args[1]);
        if (ModelFiles.upToDate(out, args[0], CompiledParser.class)) {
            System.out.println("compiled parser model " + out + " is up to date");
            return;
        }
        Properties props = new Properties();
        props.setProperty("depparse.model", args[0]);
        DependencyParser parser = DependencyParser.loadFromModelFile(args[0], props);
        ModelFiles.write(out, o -> write(args[0], parser, o));
        System.out.println("compiled parser model " + args[0] + " -> " + out + " (" + Files.size(out) + " bytes)");
    }

    /** Writes {@code parser}, loaded from the text model {@code model}, in the compiled form. */
    static void write(String model, DependencyParser parser, OutputStream out) throws IOException {
        try {
            Config config = (Config) field(DependencyParser.class, "config").get(parser);
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            List<String> words = strings(parser, "knownWords"), tags = strings(parser, "knownPos"),
                    labels = strings(parser, "knownLabels");
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            int[] precompute = new int[preMap.size()];
            boolean[] seen = new boolean[preMap.size()];
            for (Map.Entry<Integer, Integer> p : preMap.entrySet()) {
                int at = p.getValue();
                if (at < 0 || at >= precompute.length || seen[at])
                    throw new IOException("the parser's precomputed ids are not numbered 0.." + (precompute.length - 1));
                seen[at] = true;
                precompute[at] = p.getKey();
            }
            float[][] e = classifier.getE(), w1 = classifier.getW1(), w2 = classifier.getW2();
            float[] b1 = classifier.getb1();
            var head = new java.io.ByteArrayOutputStream();
            var d = new java.io.DataOutputStream(head);
            d.writeInt(MAGIC);
            d.writeInt(VERSION);
            writeString(d, model);
            writeString(d, config.language.name());
            writeString(d, config.tlp.getClass().getName());
            for (List<String> list : List.of(words, tags, labels)) {
                d.writeInt(list.size());
                for (String s : list) writeString(d, s);
            }
            d.writeInt(config.embeddingSize);
            d.writeInt(config.hiddenSize);
            d.writeInt(w1[0].length);
            d.writeInt(w2.length);
            d.writeInt(precompute.length);
            d.flush();
            out.write(head.toByteArray());
            ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            for (float[][] m : List.of(e, w1, new float[][]{b1}, w2))
                for (float[] row : m)
                    for (float f : row) {
                        if (buf.remaining() < 4) flush(buf, out);
                        buf.putFloat(f);
                    }
            for (int id : precompute) {
                if (buf.remaining() < 4) flush(buf, out);
                buf.putInt(id);
            }
            flush(buf, out);
        } catch (ReflectiveOperationException ex) {
            throw new IOException("CoreNLP's parser is not the version this form knows: " + ex, ex);
        }
    }

    private static void flush(ByteBuffer buf, OutputStream out) throws IOException {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(DependencyParser parser, String name) throws ReflectiveOperationException {
        return (List<String>) field(DependencyParser.class, name).get(parser);
    }

    /**
     * The parser of the text model {@code model}, made from its compiled form on the class path, or null when the
     * build did not write one for that model (CoreNLP's own loader then reads the text).
     *
     * @throws IllegalStateException naming the resource and offset when the compiled form is damaged, or CoreNLP's
     *                               parser is not the version this form knows
     */
    static DependencyParser read(String model, Properties props, boolean precompute) {
        byte[] bytes;
        try (InputStream in = CompiledParser.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) return null;
            bytes = in.readAllBytes();
        } catch (IOException ex) {
            throw new IllegalStateException("reading " + RESOURCE + ": " + ex.getMessage(), ex);
        }
        return read(bytes, RESOURCE, model, props, precompute);
    }

    /** {@link #read} from the bytes of a compiled form, named {@code name} in errors. */
    static DependencyParser read(byte[] bytes, String name, String model, Properties props, boolean precompute) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        try {
            return parse(model, props, b, precompute);
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException | ClassCastException ex) {
            throw new IllegalStateException(name + " at byte " + b.position() + " of " + bytes.length
                    + ": damaged (" + ex + "); rebuild it with mvn package", ex);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("CoreNLP's parser is not the version " + name + " knows: " + ex, ex);
        }
    }

    private static DependencyParser parse(String model, Properties props, ByteBuffer b, boolean precompute)
            throws ReflectiveOperationException {
        if (b.getInt() != MAGIC) throw new IllegalArgumentException("not a compiled parser model");
        int version = b.getInt();
        if (version != VERSION) throw new IllegalArgumentException("format version " + version + ", expected " + VERSION);
        String source = utf(b);
        if (!source.equals(model)) return null;   // compiled from another model than the one asked for
        DependencyParser parser = new DependencyParser(props);
        Config config = (Config) field(DependencyParser.class, "config").get(parser);
        // what CoreNLP's loader sets from the first two lines of a model in its newer format
        config.language = Config.getLanguage(utf(b));
        if (config.language == null) throw new IllegalArgumentException("unknown language");
        config.tlp = Class.forName(utf(b), false, CompiledParser.class.getClassLoader())
                .asSubclass(TreebankLanguagePack.class).getDeclaredConstructor().newInstance();
        List<String> words = strings(b), tags = strings(b), labels = strings(b);
        int eSize = positive(b), hSize = positive(b), w1Width = positive(b), w2Rows = positive(b), nPre = b.getInt();
        if (nPre < 0 || w1Width != eSize * Config.numTokens) throw new IllegalArgumentException("unexpected shape");
        long cells = (long) (words.size() + tags.size() + labels.size()) * eSize + (long) hSize * w1Width + hSize
                + (long) w2Rows * hSize;
        if (cells * 4 + (long) nPre * 4 != b.remaining())
            throw new IllegalArgumentException("the sizes call for " + (cells * 4 + (long) nPre * 4) + " bytes of matrices"
                    + " and ids, and " + b.remaining() + " follow");
        b.order(ByteOrder.LITTLE_ENDIAN);
        var floats = b.slice().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        float[][] e = rows(floats, words.size() + tags.size() + labels.size(), eSize);
        float[][] w1 = rows(floats, hSize, w1Width);
        float[] b1 = rows(floats, 1, hSize)[0];
        float[][] w2 = rows(floats, w2Rows, hSize);
        b.position(b.position() + floats.position() * 4);
        List<Integer> featureIds = new ArrayList<>(nPre);
        for (int i = 0; i < nPre; i++) featureIds.add(b.getInt());

        field(DependencyParser.class, "knownWords").set(parser, words);
        field(DependencyParser.class, "knownPos").set(parser, tags);
        field(DependencyParser.class, "knownLabels").set(parser, labels);
        Method ids = DependencyParser.class.getDeclaredMethod("generateIDs");
        ids.setAccessible(true);
        ids.invoke(parser);
        config.hiddenSize = hSize;
        config.embeddingSize = eSize;
        // the constructor allocates AdaGrad histories the size of each matrix, 60 MB that only training reads: it is
        // given one-column stand-ins, and the matrices are set in their place once it has made the precomputation map
        Classifier classifier = new Classifier(config, new float[1][1], new float[1][1], b1, new float[w2Rows][1], featureIds);
        field(Classifier.class, "E").set(classifier, e);
        field(Classifier.class, "W1").set(classifier, w1);
        field(Classifier.class, "W2").set(classifier, w2);
        for (String history : new String[]{"eg2E", "eg2W1", "eg2b1", "eg2W2"})
            field(Classifier.class, history).set(classifier, null);
        field(DependencyParser.class, "classifier").set(parser, classifier);
        // what DependencyParser.initialize does: the transition system without the root label, then the precomputation
        List<String> labelsButRoot = new ArrayList<>(labels);
        labelsButRoot.remove(0);
        field(DependencyParser.class, "system").set(parser, new ArcStandard(config.tlp, labelsButRoot, false));
        if (precompute) precompute(parser);
        return parser;
    }

    /**
     * Fills the parser's precomputed hidden-layer vectors, as {@code DependencyParser.initialize} does, when they are
     * missing: {@link #read} leaves them to {@link FastParser}, which computes each on first use, and CoreNLP's own
     * {@code predict} needs them all.
     */
    static void precompute(DependencyParser parser) {
        try {
            Config config = (Config) field(DependencyParser.class, "config").get(parser);
            Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
            Field saved = field(Classifier.class, "saved");
            if (saved.get(classifier) != null || config.numPreComputed <= 0) return;
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
            double[][] rows = new double[preMap.size()][];
            for (Map.Entry<Integer, Integer> p : preMap.entrySet())
                rows[p.getValue()] = vector(classifier.getW1(), classifier.getE(), p.getKey());
            saved.set(classifier, rows);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("CoreNLP's parser is not the version " + RESOURCE + " knows: " + ex, ex);
        }
    }

    /**
     * The hidden-layer vector of feature {@code id} (token id / 48 at position id % 48), as {@code Classifier.preCompute}
     * makes it: for each hidden unit i, the sum over the embedding's dimensions j of the float product {@code
     * W1[i][position * eSize + j] * E[token][j]}, added to a double from the first j to the last.
     */
    static double[] vector(float[][] w1, float[][] e, int id) {
        float[] x = e[id / Config.numTokens];
        int offset = (id % Config.numTokens) * x.length;
        double[] sum = new double[w1.length];
        for (int i = 0; i < sum.length; i++) {
            float[] row = w1[i];
            double partial = 0.0;
            for (int j = 0; j < x.length; j++) partial += row[offset + j] * x[j];
            sum[i] = partial;
        }
        return sum;
    }

    private static float[][] rows(java.nio.FloatBuffer f, int n, int width) {
        float[][] m = new float[n][width];
        for (float[] row : m) f.get(row);
        return m;
    }

    private static int positive(ByteBuffer b) {
        int n = b.getInt();
        if (n <= 0) throw new IllegalArgumentException("size " + n);
        return n;
    }

    private static List<String> strings(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining() / 4) throw new IllegalArgumentException("list of " + n + " strings");
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(utf(b));
        return list;
    }

    /** A string as {@link #writeString} wrote it: its length in bytes, then its UTF-8. */
    private static String utf(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) throw new IllegalArgumentException("string of " + n + " bytes");
        String s = new String(b.array(), b.arrayOffset() + b.position(), n, StandardCharsets.UTF_8);
        b.position(b.position() + n);
        return s;
    }

    private static void writeString(java.io.DataOutputStream d, String s) throws IOException {
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(raw.length);
        d.write(raw);
    }
}
