package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Coverage;
import org.faultline.model.Dependency;
import org.faultline.model.Limits;
import org.faultline.model.Sentence;
import org.faultline.model.Token;
import org.faultline.model.Truncation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>The work per article is bounded by {@link Limits}: the text is cut at {@code max-chars} before tokenizing,
 * a sentence repeated word for word is tagged, parsed and coded once (its first occurrence), only the first
 * {@code max-sentences} distinct sentences are tagged, and only sentences of at most {@code max-parse-tokens}
 * tokens are parsed. Tokenizing and sentence splitting run first, on their own, so that repeats and sentences past
 * the cap never reach the tagger, the NER model or the parser.
 */
public final class Annotator {
    private static volatile Annotator shared;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final DependencyParser parser;
    /** The parser's fast form, or null when it cannot be made (then the parser's own {@code predict} parses). */
    private final FastParser fast;

    /** The tagger's settings: tokenizer, sentence splitter, left3words tagger, lemmas and one coarse NER model. */
    static Properties taggerProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,splitHyphenated=false,quotes=unicode,"
                // no anonymous "Untokenizable" warning: Untokenizable reports the characters with the article's name
                + "untokenizable=noneDelete");
        // the one-dot leader (U+2024) and other dots some outlets use as a full stop
        props.setProperty("ssplit.boundaryTokenRegex", "\\.|[!?]+|\u2024|\u3002");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        // the 3-class model, compiled by the build with compact string tables when it could (CompiledNer)
        props.setProperty("ner.model", CompiledNer.model());
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.combinationMode", "NORMAL");
        return props;
    }

    private Annotator() {
        Properties split = taggerProperties();
        split.setProperty("annotators", "tokenize,ssplit");
        splitter = new StanfordCoreNLP(split);
        // the same annotators, run on the sentences kept after the split (tokens and sentences are given)
        Properties tag = taggerProperties();
        tag.setProperty("annotators", "pos,lemma,ner");
        tag.setProperty("enforceRequirements", "false");
        tagger = new StanfordCoreNLP(tag);
        Properties dp = new Properties();
        dp.setProperty("depparse.model", PARSER_MODEL);
        // FastParser computes the precomputed vectors it needs on first use: CoreNLP's predict needs them all at once
        parser = loadParser(dp, !FAST);
        fast = FAST ? FastParser.of(parser) : null;
        if (fast == null) CompiledParser.precompute(parser);
    }

    /**
     * The parser of {@link #PARSER_MODEL}: from the compiled form the build writes ({@link CompiledParser}), which loads
     * in a fraction of the time, else from CoreNLP's text model, the same parser. {@code
     * -Dfaultline.parser.compiled=false} reads the text model, to compare.
     */
    static DependencyParser loadParser(Properties dp, boolean precompute) {
        if (COMPILED) {
            try {
                DependencyParser compiled = CompiledParser.read(PARSER_MODEL, dp, precompute);
                if (compiled != null) return compiled;
            } catch (IllegalStateException e) {
                System.err.println("faultline: " + e.getMessage() + "; reading CoreNLP's text model instead");
            }
        }
        return DependencyParser.loadFromModelFile(PARSER_MODEL, dp);
    }

    private static final boolean COMPILED = Boolean.parseBoolean(System.getProperty("faultline.parser.compiled", "true"));

    /**
     * Whether parses come from {@link FastParser} (the default) rather than CoreNLP's own {@code predict}: the same
     * parses, faster; {@code -Dfaultline.parser.fast=false} turns it off, to compare.
     */
    private static final boolean FAST = Boolean.parseBoolean(System.getProperty("faultline.parser.fast", "true"));

    /** The parser's fast form, or null when it could not be made or is turned off. */
    FastParser fastParser() {
        return fast;
    }

    /** The neural dependency parser's model: universal dependencies, English. */
    static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /**
     * The parse of each sentence, as its basic dependencies: what CoreNLP's {@code depparse} annotator gives as
     * {@code BasicDependenciesAnnotation}, without the four other graphs it makes of every sentence (collapsed,
     * cc-processed, enhanced, enhanced++), which faultline never reads and which were over half of the memory the
     * whole pipeline allocated.
     */
    private void parse(List<CoreMap> sentences) {
        for (CoreMap sentence : sentences) {
            if (Thread.interrupted()) throw new edu.stanford.nlp.util.RuntimeInterruptedException();
            GrammaticalStructure gs = fast != null ? fast.predict(sentence) : parser.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
        }
    }

    /**
     * Starts loading the process-wide annotator on a background thread, so that the models load while the caller
     * does other work (loading the dictionaries); {@link #shared()} waits for it. A failure is left for the next
     * {@link #shared()} to meet again.
     */
    public static void preload() {
        if (shared != null || !PRELOADING.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                shared();
            } catch (RuntimeException | Error e) {
                // shared() loads again, and reports, when a caller needs the models
            }
        }, "corenlp-load");
        t.setDaemon(true);
        t.start();
    }

    /** Whether a {@link #preload} thread was started: one is enough, the others would only wait for it. */
    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING = new java.util.concurrent.atomic.AtomicBoolean();

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

    /**
     * Indexes of the tokens outside parentheses, square brackets and paired dashes. Citations "(Outlet, May 3)", asides and
     * editorial insertions "[its]" are left out of the parse: the parser attaches them at random and they
     * break the clause structure around them. They keep their tokens, tags and offsets, only no arcs.
     */
    private static int[] outsideBrackets(List<CoreLabel> tokens) {
        int[] tmp = new int[tokens.size()];
        int n = 0, depth = 0;
        // an aside between two dashes ("X—including A, B and C—accused Y") is left out like a parenthesis
        int firstDash = -1, secondDash = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (w.equals("\u2014") || w.equals("--")) {
                if (firstDash < 0) firstDash = i;
                else if (secondDash < 0) secondDash = i;
            }
        }
        int dateline = datelineEnd(tokens);
        if (dateline >= 0 && dateline == firstDash) firstDash = secondDash = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (i <= dateline) continue;
            if (secondDash > firstDash + 1 && i >= firstDash && i <= secondDash) continue;
            if (w.equals("(") || w.equals("[")) {
                depth++;
                continue;
            }
            if ((w.equals(")") || w.equals("]")) && depth > 0) {
                depth--;
                continue;
            }
            if (depth == 0) tmp[n++] = i;
        }
        if (n < 2) {
            for (int i = 0; i < tokens.size(); i++) tmp[i] = i;
            n = tokens.size();
        }
        return java.util.Arrays.copyOf(tmp, n);
    }

    /**
     * The index of the separator ending a dateline ("KYIV, March 3 (Reuters) -", "GAZA CITY, Palestinian
     * Territories:"), or -1. A dateline is a place, a date and an outlet before a dash or colon in the first
     * tokens; the parser would take it for the sentence's subject.
     */
    private static int datelineEnd(List<CoreLabel> tokens) {
        for (int i = 1; i < Math.min(tokens.size() - 4, 14); i++) {
            String w = tokens.get(i).word();
            if (!(w.equals("-") || w.equals("--") || w.equals("\u2014") || w.equals("\u2013") || w.equals(":"))) continue;
            for (int k = 0; k < i; k++) {
                String x = tokens.get(k).word(), tag = tokens.get(k).tag();
                boolean ok = tag.startsWith("NNP") || tag.equals("CD") || x.equals(",") || x.equals("(") || x.equals(")")
                        || x.equals(".") || Character.isUpperCase(x.charAt(0))
                        || x.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch));
                if (!ok) return -1;
            }
            return i;
        }
        return -1;
    }

    private static CoreMap reducedSentence(CoreMap sentence, int[] kept) {
        List<CoreLabel> all = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> sub = new ArrayList<>(kept.length);
        for (int k = 0; k < kept.length; k++) {
            CoreLabel copy = new CoreLabel(all.get(kept[k]));
            copy.setIndex(k + 1);
            sub.add(copy);
        }
        CoreMap out = new edu.stanford.nlp.util.ArrayCoreMap();
        out.set(CoreAnnotations.TokensAnnotation.class, sub);
        out.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        out.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        out.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
        return out;
    }

    /**
     * "a Turkish drone killed", "the drone hit": the tagger takes some nouns for base-form verbs, and the parse then
     * breaks around them. A base-form verb straight after a determiner, a possessive or an adjective (or a name after a
     * determiner) cannot be one: it is tagged a noun before the parse.
     */
    static void repairTags(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            String tag = tokens.get(i).tag(), before = tokens.get(i - 1).tag();
            if (tag == null || before == null || !tag.equals("VB")) continue;
            // "a Saudi drone": a proper adjective the tagger calls a proper noun, after a determiner
            String twoBefore = i > 1 ? tokens.get(i - 2).tag() : "";
            boolean namedModifier = before.equals("NNP") && "DT".equals(twoBefore);
            if (before.equals("DT") || before.equals("PRP$") || before.equals("POS") || before.equals("JJ") || namedModifier) tokens.get(i).setTag("NN");
        }
    }

    /** Annotates every sentence and parses all of them, within the default {@link Limits}. */
    public AnnotatedArticle annotate(Article article) {
        return annotate(article, tokens -> true);
    }

    /** {@link #annotate(Article, Predicate, Limits)} within the default {@link Limits}. */
    public AnnotatedArticle annotate(Article article, Predicate<List<Token>> parseIf) {
        return annotate(article, parseIf, Limits.DEFAULTS);
    }

    /**
     * Annotates the article; parses only the sentences whose tokens {@code parseIf} accepts. The predicate sees tokens
     * with text, lemma, POS and NER set. The result holds the distinct sentences coded, in text order, indexed from 0,
     * each with its exact offsets into the article's text; its {@link Coverage} says which limits were reached and how
     * many repeated sentences were left out.
     */
    public AnnotatedArticle annotate(Article article, Predicate<List<Token>> parseIf, Limits limits) {
        if (article == null) throw new IllegalArgumentException("article must not be null");
        if (parseIf == null) throw new IllegalArgumentException("parse predicate must not be null");
        if (limits == null) throw new IllegalArgumentException("limits must not be null");
        String text = article.text();
        int cut = cutPoint(text, limits.maxChars());
        Annotation doc = new Annotation(cut == text.length() ? text : text.substring(0, cut));
        splitter.annotate(doc);
        Untokenizable.report(article, doc);
        List<CoreMap> split = new ArrayList<>(doc.get(CoreAnnotations.SentencesAnnotation.class));
        List<Truncation> truncations = new ArrayList<>();
        if (cut < text.length()) {
            // a cut inside a sentence leaves an unfinished one: it is left out rather than coded half-read
            if (!split.isEmpty() && (cut == 0 || text.charAt(cut - 1) != '\n') && !finished(last(split))) split.remove(split.size() - 1);
            truncations.add(new Truncation(Limits.MAX_CHARS, limits.maxChars(), text.length(), split.isEmpty() ? 0 : end(last(split))));
        }
        // a sentence repeated word for word is one mention: only its first occurrence goes on
        Map<String, Boolean> seen = new HashMap<>();
        List<CoreMap> coreSentences = new ArrayList<>();
        int repeated = 0, distinct = 0;
        for (CoreMap s : split) {
            String key = key(s);
            Boolean kept = seen.get(key);
            if (kept != null) {
                if (kept) repeated++;
                continue;
            }
            distinct++;
            boolean keep = coreSentences.size() < limits.maxSentences();
            if (keep) coreSentences.add(s);
            seen.put(key, keep);
        }
        if (distinct > limits.maxSentences())
            truncations.add(new Truncation(Limits.MAX_SENTENCES, limits.maxSentences(), distinct, end(last(coreSentences))));
        tag(coreSentences, doc.get(CoreAnnotations.TextAnnotation.class));
        Coverage coverage = new Coverage(truncations, repeated);
        List<Sentence> out = new ArrayList<>(coreSentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        List<List<Token>> tokenLists = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            repairTags(s.get(CoreAnnotations.TokensAnnotation.class));
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(i++, l.originalText(), l.beginPosition(), l.endPosition(), l.lemma(), l.tag(), l.ner()));
            }
            tokenLists.add(tokens);
            if (!tokens.isEmpty() && tokens.size() <= limits.maxParseTokens() && parseIf.test(tokens)) toParse.add(s);
        }
        List<int[]> keptIndexes = new ArrayList<>();
        List<CoreMap> reduced = new ArrayList<>();
        for (CoreMap s : toParse) {
            int[] kept = outsideBrackets(s.get(CoreAnnotations.TokensAnnotation.class));
            keptIndexes.add(kept);
            reduced.add(reducedSentence(s, kept));
        }
        parse(reduced);
        java.util.Map<CoreMap, Integer> parsedAt = new java.util.IdentityHashMap<>();
        for (int k = 0; k < toParse.size(); k++) parsedAt.put(toParse.get(k), k);
        for (int k = 0; k < coreSentences.size(); k++) {
            CoreMap s = coreSentences.get(k);
            List<Token> tokens = tokenLists.get(k);
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<Dependency> deps = new ArrayList<>();
            Integer at = parsedAt.get(s);
            SemanticGraph g = at == null ? null : reduced.get(at).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            if (g != null) {
                int[] kept = keptIndexes.get(at);
                for (var root : g.getRoots()) deps.add(new Dependency(-1, kept[root.index() - 1], "root"));
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    deps.add(new Dependency(kept[e.getGovernor().index() - 1], kept[e.getDependent().index() - 1], e.getRelation().toString()));
                }
            }
            out.add(new Sentence(k, begin, end, article.text().substring(begin, end), tokens, deps));
        }
        return new AnnotatedArticle(article, out, coverage);
    }

    /**
     * Tags, lemmatises and names the entities of the kept sentences only, renumbered from 0 as one document of
     * their own (every CoreNLP annotator used here works sentence by sentence, so a sentence is tagged exactly as in
     * the whole text).
     */
    private void tag(List<CoreMap> sentences, String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            CoreMap s = sentences.get(k);
            List<CoreLabel> own = s.get(CoreAnnotations.TokensAnnotation.class);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, k);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, tokens.size());
            for (CoreLabel l : own) l.setSentIndex(k);
            tokens.addAll(own);
            s.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        }
        Annotation kept = new Annotation(text);
        kept.set(CoreAnnotations.TokensAnnotation.class, tokens);
        kept.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        if (!sentences.isEmpty()) tagger.annotate(kept);
    }

    /**
     * Where a text longer than {@code max} characters is cut: after the last line break in the last 2,000 characters
     * before the cap, else after the last white space there, else at the cap (never inside a surrogate pair).
     */
    static int cutPoint(String text, int max) {
        if (text.length() <= max) return text.length();
        int floor = Math.max(0, max - 2000);
        for (int i = max; i > floor; i--) if (text.charAt(i - 1) == '\n') return i;
        for (int i = max; i > floor; i--) if (Character.isWhitespace(text.charAt(i - 1))) return i;
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }

    /** Whether a sentence ends as sentences do: a full stop, question or exclamation mark, maybe inside quotes or brackets. */
    private static boolean finished(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String w = tokens.get(i).word();
            if (CLOSING.matcher(w).matches()) continue;
            return SENTENCE_END.matcher(w).matches();
        }
        return false;
    }

    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile("[\"'\u2019\u201d)\\]\u00bb]+");
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("\\.+|[!?]+|\u2024|\u3002|\u2026");

    /** The words of a sentence, one space apart: two sentences with the same key are the same sentence repeated. */
    private static String key(CoreMap sentence) {
        StringBuilder b = new StringBuilder();
        for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) b.append(l.originalText()).append(' ');
        return b.toString();
    }

    private static CoreMap last(List<CoreMap> sentences) {
        return sentences.isEmpty() ? null : sentences.get(sentences.size() - 1);
    }

    private static int end(CoreMap sentence) {
        return sentence == null ? 0 : sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }
}
