package org.faultline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of an article the pipeline coded: the limits it reached, and how many sentences it left out as word-for-word
 * copies of a sentence it coded.
 *
 * @param truncations       the limits reached, in the order met; empty when the whole text was coded
 * @param repeatedSentences copies of a coded sentence left out (a sentence repeated is one mention)
 */
public record Coverage(List<Truncation> truncations, int repeatedSentences) {
    /** The whole text coded, nothing repeated. */
    public static final Coverage FULL = new Coverage(List.of(), 0);

    public Coverage {
        truncations = List.copyOf(truncations);
        if (repeatedSentences < 0) throw new IllegalArgumentException("repeated sentences " + repeatedSentences + " is negative");
    }

    /** Whether a limit cut what was coded or kept. */
    public boolean truncated() {
        return !truncations.isEmpty();
    }

    /** This coverage with one more limit reached. */
    public Coverage plus(Truncation t) {
        List<Truncation> all = new ArrayList<>(truncations);
        all.add(Checks.notNull(t, "truncation"));
        return new Coverage(all, repeatedSentences);
    }
}
