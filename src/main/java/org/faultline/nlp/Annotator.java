package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Dependency;
import org.faultline.model.Sentence;
import org.faultline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Runs CoreNLP over an article and returns faultline records.
 *
 * <p>Annotators: tokenize, ssplit, pos, lemma, coarse ner (one CRF model, no fine-grained pass, no SUTime:
 * faultline resolves dates itself in {@code extract}, against the publication date, which is faster and
 * lets the rules for "the night of D1 to D2" or "December 28" in a January article be ours), and the
 * neural dependency parser, run only on the sentences the caller's predicate selects. Loading takes
 * seconds, so one instance per process is shared: {@link #shared()}.
 */
public final class Annotator {
    private static volatile Annotator shared;

    private final StanfordCoreNLP tagger;
    private final DependencyParseAnnotator parser;

    private Annotator() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,splitHyphenated=false,quotes=unicode");
        // the one-dot leader (U+2024) and other dots some outlets use as a full stop
        props.setProperty("ssplit.boundaryTokenRegex", "\\.|[!?]+|\u2024|\u3002");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.combinationMode", "NORMAL");
        tagger = new StanfordCoreNLP(props);
        Properties dp = new Properties();
        dp.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        parser = new DependencyParseAnnotator(dp);
    }

    /** The process-wide annotator, loaded on first use. */
    public static Annotator shared() {
        Annotator a = shared;
        if (a == null) {
            synchronized (Annotator.class) {
                if (shared == null) shared = new Annotator();
                a = shared;
            }
        }
        return a;
    }

    /** Annotates every sentence and parses all of them. */
    public AnnotatedArticle annotate(Article article) {
        return annotate(article, tokens -> true);
    }

    /**
     * Annotates the article; parses only the sentences whose tokens {@code parseIf} accepts.
     * The predicate sees tokens with text, lemma, POS and NER set.
     */
    public AnnotatedArticle annotate(Article article, Predicate<List<Token>> parseIf) {
        Annotation doc = new Annotation(article.text());
        tagger.annotate(doc);
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(coreSentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        List<List<Token>> tokenLists = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(i++, l.originalText(), l.beginPosition(), l.endPosition(), l.lemma(), l.tag(), l.ner()));
            }
            tokenLists.add(tokens);
            if (!tokens.isEmpty() && tokens.size() <= 150 && parseIf.test(tokens)) toParse.add(s);
        }
        if (!toParse.isEmpty()) {
            Annotation sub = new Annotation(article.text());
            sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
            parser.annotate(sub);
        }
        for (int k = 0; k < coreSentences.size(); k++) {
            CoreMap s = coreSentences.get(k);
            List<Token> tokens = tokenLists.get(k);
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<Dependency> deps = new ArrayList<>();
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g != null) {
                for (var root : g.getRoots()) deps.add(new Dependency(-1, root.index() - 1, "root"));
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
                }
            }
            out.add(new Sentence(k, begin, end, article.text().substring(begin, end), tokens, deps));
        }
        return new AnnotatedArticle(article, out);
    }
}
