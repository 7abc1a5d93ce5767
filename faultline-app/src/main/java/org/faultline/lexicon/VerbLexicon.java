package org.faultline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verb lexicon ({@code verbs.txt}): verbs and event nouns mapped to CAMEO codes.
 *
 * <p>File format, one entry a line, TAB-separated, {@code #} starts a comment:
 * {@code CODE  verb|noun  lemma  options}. Options (space-separated, values separated by {@code |}):
 * {@code prt=up|out} particle, {@code obj=fire|shot} direct object lemma, {@code obj=-} no direct object,
 * {@code prep=at|on} preposition introducing the target, {@code xcomp=stop|withdraw} infinitive complement.
 * Nouns take only {@code prep=}; a noun lemma may have several words ("drone strike", "round of talks"),
 * looked up by its last word: it matches when the tokens right before the head token read as its other words
 * (compare each with the token's lower-cased text or its lemma, since "arms" may be lemmatised to "arm").
 * Both the plural and the singular of a multi-word noun's head are listed.
 */
public final class VerbLexicon {
    static final String FILE = Lexicon.LANGUAGE + "/verbs.txt";

    /** Most specific first; among equals, file order. */
    static final Comparator<VerbEntry> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(VerbEntry::specificity).reversed();

    /**
     * Whether the bundled lexicon falls back on WordNet hypernyms ({@link WordNetRoots}) for a lemma it has no
     * entry for: on unless the system property {@code faultline.wordnet=false} turns it off.
     */
    static final boolean WORDNET = Boolean.parseBoolean(System.getProperty("faultline.wordnet", "true"));

    private static final Bundled<VerbLexicon> BUNDLED = Bundled.file(FILE, (reader, name) -> {
        VerbLexicon own = load(reader, name);
        return WORDNET ? own.withWordNet(true) : own;
    });

    /* Loads WordNet beside the CoreNLP models when the fallback is on by default, so cold start does not wait. */
    static {
        if (WORDNET) {
            Thread t = new Thread(WordNetRoots::bundled, "wordnet-load");
            t.setDaemon(true);
            t.start();
        }
    }

    private final List<VerbEntry> entries;
    /** The WordNet fallback, or null when off. */
    private final WordNetRoots wordnet;
    private final Map<String, List<VerbEntry>> verbs = new HashMap<>();
    private final Map<String, List<VerbEntry>> nouns = new HashMap<>();

    VerbLexicon(List<VerbEntry> entries) {
        this(entries, null);
    }

    private VerbLexicon(List<VerbEntry> entries, WordNetRoots wordnet) {
        this.wordnet = wordnet;
        this.entries = List.copyOf(entries);
        for (VerbEntry e : this.entries) {
            (e.noun() ? nouns : verbs).computeIfAbsent(e.head(), k -> new ArrayList<>()).add(e);
        }
        for (Map<String, List<VerbEntry>> m : List.of(verbs, nouns)) {
            m.replaceAll((k, list) -> {
                list.sort(MOST_SPECIFIC_FIRST);
                return Collections.unmodifiableList(list);
            });
        }
    }

    /** The lexicon shipped in the jar, loaded once per process. */
    public static VerbLexicon bundled() {
        return BUNDLED.get();
    }

    /**
     * Reads a lexicon in verbs.txt format. Codes must exist in {@link CameoTable#bundled()}. A bad line throws an
     * {@link IllegalArgumentException} whose message starts with {@code name:line: }.
     */
    public static VerbLexicon load(Reader reader, String name) {
        if (reader == null) throw new IllegalArgumentException("reader must not be null");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        CameoTable cameo = CameoTable.bundled();
        List<VerbEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        DataLines.read(reader, name, (raw, lineNo, where) -> {
            String line = raw.strip();
            VerbEntry e;
            try {
                e = parse(line, name, lineNo);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + ex.getMessage(), ex);
            }
            if (!cameo.exists(e.code())) {
                throw new IllegalArgumentException(where + "code " + e.code() + " is not in " + CameoTable.FILE);
            }
            Integer first = seen.putIfAbsent(e.toString(), lineNo);
            if (first != null) {
                throw new IllegalArgumentException(where + "duplicate of line " + first + ": " + e);
            }
            entries.add(e);
        });
        return new VerbLexicon(entries);
    }

    private static VerbEntry parse(String line, String file, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f.length > 4) {
            throw new IllegalArgumentException("expected CODE<TAB>verb|noun<TAB>lemma[<TAB>options], found "
                    + f.length + " field(s)");
        }
        String code = f[0].strip();
        String kind = f[1].strip();
        String lemma = f[2].strip().replaceAll(" +", " ");
        boolean noun = switch (kind) {
            case "verb" -> false;
            case "noun" -> true;
            default -> throw new IllegalArgumentException("second field '" + kind + "' is neither verb nor noun");
        };
        if (!lemma.matches("\\p{Ll}[\\p{Ll}\\d'-]*( \\p{Ll}[\\p{Ll}\\d'-]*)*")) {
            throw new IllegalArgumentException("lemma '" + lemma + "' is not lower-case words");
        }
        Set<String> prt = Set.of(), obj = Set.of(), prep = Set.of(), xcomp = Set.of();
        boolean noObject = false;
        Set<String> keys = new LinkedHashSet<>();
        String opts = f.length == 4 ? f[3].strip() : "";
        for (String opt : opts.isEmpty() ? new String[0] : opts.split("\\s+")) {
            int eq = opt.indexOf('=');
            if (eq <= 0 || eq == opt.length() - 1) {
                throw new IllegalArgumentException("option '" + opt + "' is not key=value");
            }
            String key = opt.substring(0, eq);
            String value = opt.substring(eq + 1);
            if (!keys.add(key)) throw new IllegalArgumentException("option " + key + "= given twice");
            switch (key) {
                case "prt" -> prt = values(opt, value);
                case "prep" -> prep = values(opt, value);
                case "xcomp" -> xcomp = values(opt, value);
                case "obj" -> {
                    if (value.equals("-")) noObject = true;
                    else if (value.equals(ANY_OBJECT)) obj = Set.of(ANY_OBJECT);
                    else obj = values(opt, value);
                }
                default -> throw new IllegalArgumentException("unknown option '" + key
                        + "' (expected prt, obj, prep or xcomp)");
            }
        }
        if (noun && !(prt.isEmpty() && obj.isEmpty() && xcomp.isEmpty() && !noObject)) {
            throw new IllegalArgumentException("noun '" + lemma + "' takes only the prep= option");
        }
        return new VerbEntry(code, noun, lemma, prt, obj, prep, xcomp, noObject, file, lineNo);
    }

    /** {@code obj=+}: the verb must have a direct object, whatever it is ("protested the decision"). */
    public static final String ANY_OBJECT = "+";

    private static Set<String> values(String opt, String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : value.split("\\|", -1)) {
            if (!v.matches("\\p{Ll}[\\p{Ll}\\d'-]*")) {
                throw new IllegalArgumentException("value '" + v + "' in option '" + opt + "' is not a lower-case word");
            }
            if (!out.add(v)) throw new IllegalArgumentException("value '" + v + "' repeated in option '" + opt + "'");
        }
        return out;
    }

    /**
     * Imports a TABARI / PETRARCH verb dictionary (CAMEO.2.0.txt style): {@code --- NAME [code] ---} blocks,
     * verb lines (optionally {@code {forms}} and their own {@code [code]}), {@code &SET} synonym sets and
     * {@code - * WORD [code]} patterns. Patterns that map onto a direct object, a particle or a target
     * preposition are kept, the rest are skipped. A malformed line throws an {@link IllegalArgumentException}
     * whose message starts with {@code file:line: }.
     */
    public static VerbLexicon fromTabari(Path file) {
        if (file == null) throw new IllegalArgumentException("TABARI verb file must not be null");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return TabariVerbReader.read(r, file.getFileName().toString(), CameoTable.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read TABARI verb file " + file, e);
        }
    }

    /**
     * This lexicon with the WordNet fallback on or off: when on, a verb or noun lemma the lexicon has no entry for
     * may take one entry from {@link WordNetRoots} (its file names the anchor, "wordnet:attack%2:33:00::", and its
     * line the anchor's line in wordnet-roots.txt). The lexicon's own entries always come first.
     */
    public VerbLexicon withWordNet(boolean on) {
        if (on == (wordnet != null)) return this;
        return new VerbLexicon(entries, on ? WordNetRoots.bundled() : null);
    }

    VerbLexicon withWordNet(WordNetRoots roots) {
        return new VerbLexicon(entries, roots);
    }

    /** Whether the WordNet fallback is on. */
    public boolean wordNet() {
        return wordnet != null;
    }

    /** Entries for a verb lemma, most specific first; empty if none. */
    public List<VerbEntry> verbs(String lemma) {
        List<VerbEntry> own = ownVerbs(lemma);
        if (!own.isEmpty() || wordnet == null) return own;
        return wordnet.verb(lemma).map(List::of).orElse(List.of());
    }

    private List<VerbEntry> ownVerbs(String lemma) {
        if (lemma == null) return List.of();
        String l = lemma.toLowerCase(java.util.Locale.ROOT);
        List<VerbEntry> found = verbs.getOrDefault(l, List.of());
        // "re-examine", "re-impose": a repeated act is coded as the act, after any entries of its own
        if (!l.startsWith("re-") || l.length() <= 5) return found;
        List<VerbEntry> base = verbs.getOrDefault(l.substring(3), List.of());
        if (found.isEmpty()) return base;
        if (base.isEmpty()) return found;
        List<VerbEntry> both = new ArrayList<>(found);
        both.addAll(base);
        return both;
    }

    /**
     * Entries for an event noun, by its head lemma ("strike" finds "strike", "airstrike" does not, "drone strike"
     * and "hunger strike" do), most specific first; empty if none.
     */
    public List<VerbEntry> nouns(String lemma) {
        if (lemma == null) return List.of();
        List<VerbEntry> own = nouns.getOrDefault(lemma.toLowerCase(java.util.Locale.ROOT), List.of());
        if (!own.isEmpty() || wordnet == null) return own;
        return wordnet.noun(lemma).map(List::of).orElse(List.of());
    }

    /** Whether the lemma is a verb or the head of an event noun in this lexicon (or, with the fallback on, through WordNet). */
    public boolean isEventWord(String lemma) {
        return !verbs(lemma).isEmpty() || !nouns(lemma).isEmpty();
    }

    /** This lexicon's entries and then {@code other}'s; at equal specificity this lexicon's come first. */
    public VerbLexicon plus(VerbLexicon other) {
        if (other == null) throw new IllegalArgumentException("other lexicon must not be null");
        List<VerbEntry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new VerbLexicon(all, wordnet != null ? wordnet : other.wordnet);
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }

    /** All entries in file order. */
    List<VerbEntry> entries() {
        return entries;
    }

    /**
     * Whether a noun names a message, document or agreement in its usual sense (WordNet's noun.communication: "treaty",
     * "talks", "statement"): no one advances on it or strikes it with force. False without WordNet.
     */
    public boolean communicationNoun(String lemma) {
        return wordnet != null && "noun.communication".equals(wordnet.lexFile(lemma));
    }
}
