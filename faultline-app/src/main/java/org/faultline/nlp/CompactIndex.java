package org.faultline.nlp;

import edu.stanford.nlp.util.Index;

import java.io.IOException;
import java.io.Writer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * A CoreNLP {@link Index} of strings, read-only, over {@link CompactStrings}: what the compiled NER model holds in place
 * of its {@code HashIndex} of features. The same numbers for the same strings; nothing can be added.
 */
final class CompactIndex implements Index<String> {
    private static final long serialVersionUID = 1L;

    private final CompactStrings strings;

    /** The index of {@code index}'s strings, each keeping its number. */
    CompactIndex(Index<String> index) {
        this.strings = new CompactStrings(index.objectsList());
    }

    @Override
    public int size() {
        return strings.size();
    }

    @Override
    public String get(int i) {
        return strings.get(i);
    }

    @Override
    public int indexOf(String o) {
        return strings.indexOf(o);
    }

    @Override
    public int indexOf(String o, boolean add) {
        int i = strings.indexOf(o);
        if (i < 0 && add) throw readOnly();
        return i;
    }

    @Override
    public int addToIndex(String o) {
        return indexOf(o, true);
    }

    @Override
    public List<String> objectsList() {
        return new AbstractList<>() {
            @Override
            public String get(int i) {
                return strings.get(i);
            }

            @Override
            public int size() {
                return strings.size();
            }
        };
    }

    @Override
    public Collection<String> objects(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) out.add(strings.get(i));
        return out;
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public void lock() {
        // always locked
    }

    @Override
    public void unlock() {
        throw readOnly();
    }

    /** Writes {@code number=string} a line, as CoreNLP's {@code HashIndex} does. */
    @Override
    public void saveToWriter(Writer out) throws IOException {
        for (int i = 0; i < strings.size(); i++) out.write(i + "=" + strings.get(i) + "\n");
    }

    @Override
    public void saveToFilename(String s) {
        try (Writer w = java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(s))) {
            saveToWriter(w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing " + s, e);
        }
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && strings.indexOf(s) >= 0;
    }

    @Override
    public boolean add(String s) {
        throw readOnly();
    }

    @Override
    public boolean addAll(Collection<? extends String> c) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public Iterator<String> iterator() {
        return objectsList().iterator();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the compiled NER model's feature index is read-only");
    }
}
