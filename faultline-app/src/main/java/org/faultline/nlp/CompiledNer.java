package org.faultline.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's NER model re-serialised by the build ({@link BuildNerModel}) with its two big string tables compact: the
 * feature index becomes a {@link CompactIndex} and the distributional-similarity lexicon a {@link CompactLexicon}. It is
 * still a CoreNLP CRF model file, loaded by CoreNLP's own NER annotator through {@code ner.model}; only those two
 * objects read as three arrays each instead of a million strings and map entries (issue 12: cold start). Every
 * feature keeps its number and every word its class, so the classifier is the same.
 */
final class CompiledNer {
    /** Where the build puts the compiled form of {@link #SOURCE}, on the class path. */
    static final String RESOURCE = "org/faultline/nlp/english.all.3class.distsim.compact.ser";
    /** CoreNLP's model that {@link #RESOURCE} is compiled from. */
    static final String SOURCE = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private CompiledNer() {
    }

    /** The model {@code ner.model} should name: the compiled one when the build wrote it, else CoreNLP's. */
    static String model() {
        boolean compiled = Boolean.parseBoolean(System.getProperty("faultline.ner.compiled", "true"));
        return compiled && CompiledNer.class.getClassLoader().getResource(RESOURCE) != null ? RESOURCE : SOURCE;
    }

    /** Writes the compiled form of the model {@code args[0]} to the file {@code args[1]} ({@link BuildNerModel}). */
    static void build(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: BuildNerModel CRF_MODEL_RESOURCE OUTPUT_FILE");
        Path out = Path.of(args[1]);
        // the file holds serialised CompactIndex, CompactLexicon and CompactStrings objects: a change to any is a rebuild
        if (ModelFiles.upToDate(out, args[0], CompiledNer.class, CompactIndex.class, CompactLexicon.class, CompactStrings.class)) {
            System.out.println("compiled NER model " + out + " is up to date");
            return;
        }
        CRFClassifier<CoreLabel> crf;
        try {
            crf = CRFClassifier.getClassifier(args[0]);
        } catch (ClassNotFoundException e) {
            throw new IOException("reading " + args[0] + ": " + e, e);
        }
        compact(crf);
        ModelFiles.write(out, o -> {
            ObjectOutputStream objects = new ObjectOutputStream(o);
            crf.serializeClassifier(objects);
            objects.flush();
        });
        System.out.println("compiled NER model " + args[0] + " -> " + out + " (" + Files.size(out) + " bytes)");
    }

    /** Puts the compact tables in place of {@code crf}'s feature index and its feature factories' lexicons. */
    static void compact(CRFClassifier<CoreLabel> crf) throws IOException {
        try {
            Field index = ModelFiles.field(CRFClassifier.class, "featureIndex");
            @SuppressWarnings("unchecked")
            Index<String> features = (Index<String>) index.get(crf);
            index.set(crf, new CompactIndex(features));
            Field factories = ModelFiles.field(AbstractSequenceClassifier.class, "featureFactories");
            Field lexicon = ModelFiles.field(NERFeatureFactory.class, "lexicon");
            for (Object f : (List<?>) factories.get(crf)) {
                if (!(f instanceof NERFeatureFactory)) continue;
                @SuppressWarnings("unchecked")
                Map<String, String> words = (Map<String, String>) lexicon.get(f);
                if (words != null) lexicon.set(f, new CompactLexicon(words));
            }
        } catch (ReflectiveOperationException e) {
            throw new IOException("CoreNLP's CRF classifier is not the version this form knows: " + e, e);
        }
    }
}
