package org.faultline.nlp;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only map of words to a few classes over {@link CompactStrings}: what the compiled NER model holds in place of
 * its distributional-similarity lexicon, a {@code HashMap} of half a million words to their cluster. The same answer
 * for every word.
 */
final class CompactLexicon extends AbstractMap<String, String> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final CompactStrings words;
    private final String[] classes;
    /** The class of word i, as an index into {@link #classes}. */
    private final int[] classOf;

    CompactLexicon(Map<String, String> lexicon) {
        List<String> keys = new ArrayList<>(lexicon.size());
        Map<String, Integer> numbers = new HashMap<>();
        List<String> names = new ArrayList<>();
        classOf = new int[lexicon.size()];
        int i = 0;
        for (Map.Entry<String, String> e : lexicon.entrySet()) {
            if (e.getValue() == null) throw new IllegalArgumentException("word '" + e.getKey() + "' has no class");
            keys.add(e.getKey());
            classOf[i++] = numbers.computeIfAbsent(e.getValue(), v -> {
                names.add(v);
                return names.size() - 1;
            });
        }
        words = new CompactStrings(keys);
        classes = names.toArray(new String[0]);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (words == null || classes == null || classOf == null || classOf.length != words.size())
            throw new java.io.InvalidObjectException("inconsistent compact lexicon");
        for (int c : classOf) if (c < 0 || c >= classes.length) throw new java.io.InvalidObjectException("class " + c);
    }

    @Override
    public String get(Object key) {
        int i = key instanceof String s ? words.indexOf(s) : -1;
        return i < 0 ? null : classes[classOf[i]];
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && words.indexOf(s) >= 0;
    }

    @Override
    public int size() {
        return words.size();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < words.size();
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) throw new java.util.NoSuchElementException();
                        int i = next++;
                        return new SimpleImmutableEntry<>(words.get(i), classes[classOf[i]]);
                    }
                };
            }

            @Override
            public int size() {
                return words.size();
            }
        };
    }
}
