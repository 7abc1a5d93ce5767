package org.faultline.lexicon;

/**
 * A dictionary phrase found in a token sequence.
 *
 * @param entry  the actor the phrase names
 * @param length how many tokens (words) the phrase covers, at least 1
 */
public record PhraseMatch(ActorEntry entry, int length) {
    public PhraseMatch {
        if (entry == null) throw new IllegalArgumentException("matched entry must not be null");
        if (length < 1) throw new IllegalArgumentException("match length " + length + " must be at least 1");
    }
}
