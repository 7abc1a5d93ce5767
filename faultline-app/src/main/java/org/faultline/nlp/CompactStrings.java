package org.faultline.nlp;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A read-only, numbered set of strings kept as one UTF-8 byte array with offsets and hash codes, found through an
 * open-addressing table: the strings of a model's feature index or lexicon without a String, a hash-map entry and a
 * boxed Integer each. A model's half a million strings then load as three arrays, and the collector has three
 * objects to copy instead of two million (issue 12: cold start).
 */
final class CompactStrings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int size;
    private final byte[] bytes;
    /** Where string i starts in {@link #bytes}; {@code starts[size]} is the end. */
    private final int[] starts;
    /** {@code String.hashCode()} of each string. */
    private final int[] hashes;
    /** Open addressing: string index + 1 at a slot, 0 for an empty slot. Rebuilt after reading. */
    private transient int[] table;

    /** The strings in their order: string i gets number i. They must be distinct, as an index's or a map's keys are. */
    CompactStrings(List<String> strings) {
        size = strings.size();
        if (new java.util.HashSet<>(strings).size() != size)
            throw new IllegalArgumentException("the strings are not distinct");
        byte[][] encoded = new byte[size][];
        long total = 0;
        for (int i = 0; i < size; i++) {
            String s = strings.get(i);
            if (s == null) throw new IllegalArgumentException("string #" + i + " is null");
            encoded[i] = s.getBytes(StandardCharsets.UTF_8);
            total += encoded[i].length;
        }
        if (total > Integer.MAX_VALUE - 16) throw new IllegalArgumentException(total + " bytes of strings is too many");
        bytes = new byte[(int) total];
        starts = new int[size + 1];
        hashes = new int[size];
        int at = 0;
        for (int i = 0; i < size; i++) {
            starts[i] = at;
            System.arraycopy(encoded[i], 0, bytes, at, encoded[i].length);
            at += encoded[i].length;
            hashes[i] = strings.get(i).hashCode();
        }
        starts[size] = at;
        table = table();
    }

    private int[] table() {
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 + 1) - 1) << 1;
        int[] t = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int slot = spread(hashes[i]) & mask;
            while (t[slot] != 0) slot = (slot + 1) & mask;
            t[slot] = i + 1;
        }
        return t;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    int size() {
        return size;
    }

    /** String i. */
    String get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException("string " + i + " of " + size);
        return new String(bytes, starts[i], starts[i + 1] - starts[i], StandardCharsets.UTF_8);
    }

    /** The number of {@code s}, or -1. */
    int indexOf(String s) {
        if (s == null) return -1;
        int hash = s.hashCode(), mask = table.length - 1, slot = spread(hash) & mask;
        while (true) {
            int e = table[slot];
            if (e == 0) return -1;
            int i = e - 1;
            if (hashes[i] == hash && equalsAt(i, s)) return i;
            slot = (slot + 1) & mask;
        }
    }

    /** Whether string i is {@code s}: byte for char while both are ASCII, else by the UTF-8 bytes. */
    private boolean equalsAt(int i, String s) {
        int start = starts[i], length = starts[i + 1] - start, n = s.length();
        if (length < n) return false;   // UTF-8 takes at least a byte for each UTF-16 char
        if (length == n) {
            boolean ascii = true;
            for (int k = 0; k < n; k++) {
                char c = s.charAt(k);
                if (c >= 0x80) {
                    ascii = false;
                    break;
                }
                if (bytes[start + k] != (byte) c) return false;
            }
            if (ascii) return true;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Arrays.equals(bytes, start, start + length, b, 0, b.length);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (size < 0 || starts == null || hashes == null || bytes == null || starts.length != size + 1
                || hashes.length != size || starts[size] != bytes.length)
            throw new java.io.InvalidObjectException("inconsistent compact strings");
        for (int i = 0; i < size; i++)
            if (starts[i] < 0 || starts[i] > starts[i + 1]) throw new java.io.InvalidObjectException("bad offset at " + i);
        table = table();
    }
}
