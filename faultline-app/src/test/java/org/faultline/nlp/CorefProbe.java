package org.faultline.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.faultline.Faultline;
import org.faultline.model.ActorMention;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures what CoreNLP's coreference would cost faultline and lists what it resolves, over the development
 * articles ({@code ../shared/eval/dev/*.txt}, read at run time only; skipped with a message when absent).
 * Not a test (surefire runs {@code *Test} classes only); run it by hand, one JVM per measurement:
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * CP=target/classes:target/test-classes:$(cat target/classpath.txt)
 * java -Xmx3g -cp $CP org.faultline.nlp.CorefProbe cost current           # faultline's nlp stage today
 * java -Xmx3g -cp $CP org.faultline.nlp.CorefProbe cost statistical       # + full depparse + coref
 * java -Xmx3g -cp $CP org.faultline.nlp.CorefProbe cost fastneural
 * java -Xmx3g -cp $CP org.faultline.nlp.CorefProbe chains statistical     # references, coref's and the heuristic's antecedents
 * </pre>
 *
 * The chains listing quotes a few words of each article to judge by; it goes to the console, never to a file in
 * the repository.
 */
public final class CorefProbe {
    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them");
    /** Head nouns of the definite nominals faultline resolves by its heuristics ("the group", "the ministry"). */
    private static final Set<String> NOMINALS = Set.of("group", "movement", "militia", "organisation", "organization",
            "militant", "rebel", "insurgent", "fighter", "ministry", "army", "military", "government", "force", "troop",
            "authority", "side", "country", "administration", "regime", "junta", "coalition", "alliance", "navy", "police");

    private CorefProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CorefProbe cost|chains current|statistical|fastneural|neural|dcoref [devDir]");
            System.exit(2);
        }
        Path dir = Path.of(args.length > 2 ? args[2] : "../../shared/eval/dev");
        if (!Files.isDirectory(dir)) {
            System.out.println("skipped: no development articles at " + dir.toAbsolutePath());
            return;
        }
        List<Article> articles = read(dir);
        if (articles.isEmpty()) {
            System.out.println("skipped: no *.txt in " + dir.toAbsolutePath());
            return;
        }
        if (args[0].equals("cost")) cost(args[1], articles);
        else chains(args[1], articles);
    }

    private static List<Article> read(Path dir) throws Exception {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString().replace(".txt", "");
                String text = Files.readString(p, StandardCharsets.UTF_8);
                LocalDate published = null;
                Path meta = dir.resolve(name + ".meta");
                if (Files.exists(meta)) published = LocalDate.parse(Files.readString(meta).split("\t")[0].trim());
                out.add(new Article(name, p.toString(), text, published, published == null ? null : "input", null, null, null));
            }
        }
        return out;
    }

    /** The tagger settings of {@link Annotator}, plus depparse on every sentence and the coref annotator. */
    static StanfordCoreNLP corefPipeline(String algorithm) {
        Properties props = Annotator.taggerProperties();
        props.remove("ner.buildEntityMentions");
        props.remove("ner.combinationMode");
        props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        if (algorithm.equals("dcoref")) {
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,dcoref");
        } else {
            props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
            props.setProperty("coref.algorithm", algorithm);
        }
        return new StanfordCoreNLP(props);
    }

    // ---------------------------------------------------------------- cost

    private static void cost(String mode, List<Article> articles) {
        long t0 = System.nanoTime();
        java.util.function.Function<Article, Integer> run;
        if (mode.equals("current")) {
            Faultline f = Faultline.create(null);
            f.annotate(articles.get(0)); // loads the shared Annotator
            run = a -> f.annotate(a).sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        } else {
            StanfordCoreNLP p = corefPipeline(mode);
            run = a -> {
                Annotation doc = new Annotation(a.text());
                p.annotate(doc);
                return doc.get(CoreAnnotations.TokensAnnotation.class).size();
            };
        }
        double load = (System.nanoTime() - t0) / 1e9;
        long afterLoad = liveHeap();
        int tokens = 0;
        long w0 = System.nanoTime();
        for (Article a : articles) run.apply(a); // warm-up pass
        double warm = (System.nanoTime() - w0) / 1e9;
        List<Double> perArticle = new ArrayList<>();
        long m0 = System.nanoTime();
        for (Article a : articles) {
            long s = System.nanoTime();
            tokens += run.apply(a);
            perArticle.add((System.nanoTime() - s) / 1e6);
        }
        double measured = (System.nanoTime() - m0) / 1e9;
        long afterRun = liveHeap();
        perArticle.sort(null);
        System.out.printf(Locale.ROOT, "mode=%s articles=%d tokens=%d%n", mode, articles.size(), tokens);
        System.out.printf(Locale.ROOT, "load(incl. first article)=%.1fs warm-up pass=%.1fs%n", load, warm);
        System.out.printf(Locale.ROOT, "after warm-up: %.0f ms/article mean, %.0f median, %.0f max; %.0f ms per 1,000 tokens%n",
                measured * 1000 / articles.size(), perArticle.get(perArticle.size() / 2), perArticle.get(perArticle.size() - 1),
                measured * 1e6 / tokens);
        System.out.printf(Locale.ROOT, "heap: live after load %d MB, live after run %d MB, peak pool usage %d MB (max %d MB)%n",
                afterLoad >> 20, afterRun >> 20, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long liveHeap() {
        for (int i = 0; i < 2; i++) System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    // ---------------------------------------------------------------- chains

    private static void chains(String algorithm, List<Article> articles) {
        Faultline f = Faultline.create(null);
        StanfordCoreNLP p = corefPipeline(algorithm);
        int refs = 0, chained = 0;
        boolean first = true;
        for (Article a : articles) {
            String text = a.text();
            Annotation doc = new Annotation(text);
            p.annotate(doc);
            List<ActorMention> actors = f.mentions(a).actors();
            if (first) {
                // faultline's lexicon and annotator and the coref pipeline, all loaded: what adopting coref would hold
                System.out.printf(Locale.ROOT, "live heap with faultline + %s loaded: %d MB%n", algorithm, liveHeap() >> 20);
                first = false;
            }
            List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
            // every reference of the kinds we look at, by its head token, chained or not
            java.util.Map<String, CorefChain.CorefMention> inChain = new java.util.HashMap<>();
            java.util.Map<String, CorefChain> chainOf = new java.util.HashMap<>();
            java.util.Map<Integer, CorefChain> chainMap = doc.get(CorefCoreAnnotations.CorefChainAnnotation.class);
            if (chainMap == null) chainMap = java.util.Map.of();
            for (CorefChain c : chainMap.values()) {
                if (c.getMentionsInTextualOrder().size() < 2) continue;
                for (CorefChain.CorefMention m : c.getMentionsInTextualOrder()) {
                    String key = m.sentNum + ":" + m.headIndex;
                    inChain.put(key, m);
                    chainOf.put(key, c);
                }
            }
            System.out.println("=== " + a.id());
            for (int si = 0; si < sentences.size(); si++) {
                List<CoreLabel> toks = sentences.get(si).get(CoreAnnotations.TokensAnnotation.class);
                for (int ti = 0; ti < toks.size(); ti++) {
                    CoreLabel t = toks.get(ti);
                    String w = t.word().toLowerCase(Locale.ROOT);
                    String lemma = t.lemma() == null ? w : t.lemma().toLowerCase(Locale.ROOT);
                    boolean pronoun = PRONOUNS.contains(w);
                    boolean nominal = !pronoun && t.tag().startsWith("NN") && !t.tag().startsWith("NNP") && NOMINALS.contains(lemma)
                            && ti > 0 && definiteBefore(toks, ti);
                    if (!pronoun && !nominal) continue;
                    refs++;
                    String key = (si + 1) + ":" + (ti + 1);
                    CorefChain.CorefMention m = inChain.get(key);
                    int at = t.beginPosition();
                    String heuristic = heuristic(actors, at, t.endPosition(), w, nominal ? lemma : null, si);
                    String corefPick = "-";
                    if (m != null) {
                        chained++;
                        corefPick = antecedent(chainOf.get(key), m);
                    }
                    System.out.printf(Locale.ROOT, "%s s%d \u00ab%s\u00bb | ctx: %s%n    coref: %s%n    heur:  %s%n",
                            m == null ? "UNCHAINED" : "CHAINED", si + 1, m == null ? t.word() : m.mentionSpan, context(text, at),
                            corefPick, heuristic);
                }
            }
        }
        System.out.printf(Locale.ROOT, "references=%d in a coref chain=%d%n", refs, chained);
    }

    private static boolean definiteBefore(List<CoreLabel> toks, int head) {
        for (int k = head - 1; k >= 0 && k >= head - 3; k--) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("the")) return true;
            if (!toks.get(k).tag().startsWith("JJ") && !toks.get(k).tag().startsWith("NN")) return false;
        }
        return false;
    }

    /** The nearest preceding proper-name mention of the chain, else the nearest preceding one, else the chain's representative. */
    private static String antecedent(CorefChain c, CorefChain.CorefMention m) {
        CorefChain.CorefMention proper = null, any = null;
        for (CorefChain.CorefMention x : c.getMentionsInTextualOrder()) {
            if (x == m) break;
            any = x;
            if (x.mentionType == Dictionaries.MentionType.PROPER) proper = x;
        }
        CorefChain.CorefMention rep = c.getRepresentativeMention();
        if (proper != null) return "\u00ab" + proper.mentionSpan + "\u00bb (nearest proper before)";
        if (any != null) return "\u00ab" + any.mentionSpan + "\u00bb (nearest before; rep \u00ab" + rep.mentionSpan + "\u00bb)";
        return "(first of chain; rep \u00ab" + rep.mentionSpan + "\u00bb)";
    }

    /**
     * Roughly what {@code coding.ActorLocator} picks: an actor mention the extractor found over the reference itself
     * ("the army" with the context's country), else for "the group" the armed group named last within three
     * sentences, else the last actor with a country named before it (not an outlet; "it" skips plural nouns).
     */
    private static String heuristic(List<ActorMention> actors, int start, int end, String word, String nominal, int sentence) {
        for (ActorMention m : actors) {
            if (m.start() <= start && m.end() >= end) return m.actor().name() + " [" + m.actor().code() + "] (mention over it)";
        }
        if (nominal != null && Set.of("group", "movement", "militia", "organisation", "organization").contains(nominal)) {
            ActorMention found = null;
            for (ActorMention m : actors) {
                if (m.start() >= start || sentence - m.sentenceIndex() > 3) continue;
                String code = m.actor().code();
                if ((code.contains("REB") && !code.startsWith("---")) || code.startsWith("IMG")) found = m;
            }
            if (found != null) return found.text() + " [" + found.actor().code() + "] (last armed group)";
        }
        boolean singular = word.equals("it") || word.equals("its");
        for (int k = actors.size() - 1; k >= 0; k--) {
            ActorMention m = actors.get(k);
            if (singular && m.actor().sector() != null && m.text().endsWith("s") && !m.text().endsWith("ss")) continue;
            if (m.end() <= start && m.actor().country() != null && !"MED".equals(m.actor().sector())) {
                return m.text() + " [" + m.actor().code() + "] (last actor)";
            }
        }
        return "-";
    }

    private static String context(String text, int at) {
        int b = Math.max(0, at - 60), e = Math.min(text.length(), at + 40);
        return text.substring(b, e).replace('\n', ' ');
    }
}
