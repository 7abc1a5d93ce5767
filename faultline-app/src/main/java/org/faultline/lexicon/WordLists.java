package org.faultline.lexicon;

import java.io.Reader;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes the extract and coding mechanisms consult ({@code words.txt}): place nouns, titles,
 * number words, pronouns and the like. English lives in the data file, so that the Java holds only the mechanism.
 *
 * <p>File format, one word a line, TAB-separated, {@code #} starts a comment: {@code LIST  word} or
 * {@code LIST  word  number} for a list that maps words to numbers ("dozen" 12). Words are lower case; a word may
 * have spaces ("a few").
 * <pre>{@code
 * Set<String> titles = WordLists.bundled().set("TITLE");
 * int n = WordLists.bundled().numbers("NUMBER_WORD").get("dozen");   // 12
 * }</pre>
 */
public final class WordLists {
    static final String FILE = Lexicon.LANGUAGE + "/words.txt";
    private static final Bundled<WordLists> BUNDLED = Bundled.file(FILE, WordLists::load);

    private final Map<String, Set<String>> sets = new HashMap<>();
    private final Map<String, Map<String, Integer>> numbers = new HashMap<>();

    private WordLists() {}

    /** The word lists shipped in the jar, loaded once per process. */
    public static WordLists bundled() {
        return BUNDLED.get();
    }

    /** The words of list {@code name}; an unknown name is a programming error and says which name. */
    public Set<String> set(String name) {
        Set<String> s = sets.get(name);
        if (s == null) throw new IllegalArgumentException("word list '" + name + "' is not in " + FILE);
        return s;
    }

    /** The words of list {@code name} with their numbers. */
    public Map<String, Integer> numbers(String name) {
        Map<String, Integer> m = numbers.get(name);
        if (m == null) throw new IllegalArgumentException("word list '" + name + "' has no numbers in " + FILE);
        return m;
    }

    /** Whether {@code word} (any case) is in list {@code name}. */
    public boolean contains(String name, String word) {
        return word != null && set(name).contains(word.toLowerCase(Locale.ROOT));
    }

    /** Reads word lists; a bad line throws an exception whose message starts with {@code name:line: }. */
    static WordLists load(Reader reader, String name) {
        WordLists w = new WordLists();
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> numbers = new LinkedHashMap<>();
        DataLines.read(reader, name, (raw, lineNo, where) -> {
            String[] f = raw.strip().split("\t");
            if (f.length < 2 || f.length > 3)
                throw new IllegalArgumentException(where + "expected LIST<TAB>word or LIST<TAB>word<TAB>number, got '" + raw.strip() + "'");
            String list = f[0].strip(), word = f[1].strip();
            if (!list.matches("[A-Z][A-Z0-9_]*")) throw new IllegalArgumentException(where + "list name '" + list + "' is not UPPER_CASE");
            if (word.isEmpty() || !word.equals(word.toLowerCase(Locale.ROOT)))
                throw new IllegalArgumentException(where + "word '" + word + "' is not lower case");
            sets.computeIfAbsent(list, k -> new LinkedHashSet<>()).add(word);
            if (f.length == 3) {
                try {
                    numbers.computeIfAbsent(list, k -> new LinkedHashMap<>()).put(word, Integer.parseInt(f[2].strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + "'" + f[2].strip() + "' is not a whole number");
                }
            }
        });
        sets.forEach((k, v) -> w.sets.put(k, Collections.unmodifiableSet(v)));
        numbers.forEach((k, v) -> w.numbers.put(k, Collections.unmodifiableMap(v)));
        return w;
    }
}
