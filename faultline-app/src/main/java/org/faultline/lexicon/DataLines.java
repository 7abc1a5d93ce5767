package org.faultline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads a dictionary data file of one entry a line, where {@code #} starts a comment, and hands each entry to its
 * parser with the {@code name:line: } prefix its error messages start with.
 */
final class DataLines {
    /** One entry: its line without the comment (not yet stripped), its number, and {@code "name:line: "}. */
    interface Entry {
        void accept(String line, int lineNo, String where);
    }

    private DataLines() {}

    /** Hands every line that is not blank once its comment is gone to {@code entry}, in file order. */
    static void read(Reader reader, String name, Entry entry) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int lineNo = 0;
        try {
            for (String raw; (raw = in.readLine()) != null; ) {
                lineNo++;
                String line = stripComment(raw);
                if (line.isBlank()) continue;
                entry.accept(line, lineNo, name + ":" + lineNo + ": ");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
