package org.faultline.lexicon;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One line of the verb lexicon: a verb (with its required particle, object, target preposition or infinitive
 * complement) or an event noun, and the CAMEO code it signals.
 *
 * @param code        CAMEO code, 3 or 4 digits
 * @param noun        true for an event noun ("airstrike", "peace talks"), false for a verb
 * @param lemma       lower-case lemma; a noun may have several words ("drone strike"), the last is its head
 * @param particles   the verb must have one of these particles (compound:prt), empty for no constraint
 * @param objects     the direct object's lemma must be one of these, empty for no constraint
 * @param targetPreps the target is the object of one of these prepositions, empty if the target is the direct object
 * @param xcomps      the verb must take an infinitive complement with one of these lemmas, empty for no constraint
 * @param noObject    the verb must have no direct object
 * @param file        the file the entry comes from
 * @param line        its line number there, from 1
 */
public record VerbEntry(String code, boolean noun, String lemma, Set<String> particles, Set<String> objects,
                        Set<String> targetPreps, Set<String> xcomps, boolean noObject, String file, int line) {
    public VerbEntry {
        if (code == null || !code.matches("\\d{3,4}")) {
            throw new IllegalArgumentException("code '" + code + "' is not 3 or 4 digits");
        }
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("code '" + code + "' has root " + code.substring(0, 2) + ", not 01 to 20");
        }
        if (lemma == null || lemma.isBlank()) throw new IllegalArgumentException("lemma must not be blank");
        if (!noun && lemma.contains(" ")) {
            throw new IllegalArgumentException("verb lemma '" + lemma + "' has a space; use prt=, obj= or prep=");
        }
        particles = copy(particles);
        objects = copy(objects);
        targetPreps = copy(targetPreps);
        xcomps = copy(xcomps);
        if (noObject && !objects.isEmpty()) {
            throw new IllegalArgumentException("'" + lemma + "' cannot both require no object and objects " + objects);
        }
        if (noun && (!particles.isEmpty() || !objects.isEmpty() || !xcomps.isEmpty() || noObject)) {
            throw new IllegalArgumentException("noun '" + lemma + "' takes only the prep= option");
        }
        if (file == null) file = "";
    }

    private static Set<String> copy(Set<String> s) {
        return s == null || s.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(s));
    }

    /** The head word: the lemma of a verb, the last word of a noun. */
    public String head() {
        // "violence against civilians", "round of talks": the head comes before the preposition
        String[] words = lemma.split(" ");
        for (int i = 1; i < words.length; i++) if (HEAD_FINAL_BREAKS.contains(words[i])) return words[i - 1];
        return words[words.length - 1];
    }

    /** Position of the head word in the phrase. */
    public int headIndex() {
        String[] words = lemma.split(" ");
        for (int i = 1; i < words.length; i++) if (HEAD_FINAL_BREAKS.contains(words[i])) return i - 1;
        return words.length - 1;
    }

    private static final java.util.Set<String> HEAD_FINAL_BREAKS = java.util.Set.of("of", "against", "in", "on", "with",
            "for", "to", "between", "from", "by");

    /**
     * How many constraints the entry sets: one each for a particle, object, target preposition, infinitive
     * complement and no-object constraint, and one per word a noun has before its head. The coder prefers the
     * most specific entry that fits.
     */
    public int specificity() {
        int s = 0;
        if (!particles.isEmpty()) s++;
        if (!objects.isEmpty()) s++;
        if (!targetPreps.isEmpty()) s++;
        if (!xcomps.isEmpty()) s++;
        if (noObject) s++;
        if (noun) s += lemma.split(" ").length - 1;
        return s;
    }

    /**
     * Whether a verb or noun occurrence meets this entry's constraints. The words before a noun's head
     * ("drone" in "drone strike", "round of" in "round of talks") are for the caller to check against the
     * tokens right before the head token.
     *
     * @param particles the occurrence's particles (lemmas), never null
     * @param object    the lemma of its direct object, or null if it has none
     * @param preps     the prepositions of its oblique / nominal modifiers, never null
     * @param xcomps    the lemmas of its infinitive complements, never null
     */
    public boolean fits(Set<String> particles, String object, Set<String> preps, Set<String> xcomps) {
        if (particles == null || preps == null || xcomps == null) {
            throw new IllegalArgumentException("particles, preps and xcomps must not be null (use an empty set)");
        }
        if (!this.particles.isEmpty() && Collections.disjoint(this.particles, particles)) return false;
        if (!this.objects.isEmpty() && (object == null || !this.objects.contains(object))) return false;
        if (noObject && object != null) return false;
        if (!this.targetPreps.isEmpty() && Collections.disjoint(this.targetPreps, preps)) return false;
        return this.xcomps.isEmpty() || !Collections.disjoint(this.xcomps, xcomps);
    }

    /** The entry as a verbs.txt line (without file and line). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(code).append('\t').append(noun ? "noun" : "verb").append('\t').append(lemma)
                .append('\t');
        StringBuilder opts = new StringBuilder();
        option(opts, "prt", particles);
        option(opts, "obj", objects);
        if (noObject) opts.append(opts.isEmpty() ? "" : " ").append("obj=-");
        option(opts, "prep", targetPreps);
        option(opts, "xcomp", xcomps);
        return sb.append(opts).toString();
    }

    private static void option(StringBuilder sb, String key, Set<String> values) {
        if (values.isEmpty()) return;
        if (!sb.isEmpty()) sb.append(' ');
        sb.append(key).append('=').append(String.join("|", values));
    }
}
