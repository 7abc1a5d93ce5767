package org.faultline.coding;

import org.faultline.model.Actor;
import org.faultline.model.ActorMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the actor a noun phrase of the parse names, from the actor mentions of its sentence. */
final class ActorLocator {
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "its", "their", "his", "her", "them", "him");
    private static final String[] OUTSIDE_PHRASE = {"acl", "appos", "punct", "parataxis", "ccomp", "advcl", "conj", "cc", "dep"};

    private final List<ActorMention> all;

    ActorLocator(List<ActorMention> all) {
        this.all = all;
    }

    /** The actors a nominal names: one for a plain phrase, one per conjunct for "Baku and Ankara". */
    List<Actor> actorsOf(ParseTree t, int head) {
        List<Actor> out = new ArrayList<>();
        if (head < 0) return out;
        Actor first = actorOf(t, head);
        if (first != null) out.add(first);
        for (int c : t.children(head, "conj")) {
            Actor a = actorOf(t, c);
            if (a != null && out.stream().noneMatch(x -> x.code().equals(a.code()) && x.name().equals(a.name()))) out.add(a);
        }
        return out;
    }

    /** The actor of one nominal (without its conjuncts), or null. */
    Actor actorOf(ParseTree t, int head) {
        if (head < 0) return null;
        if (PRONOUNS.contains(t.word(head))) return antecedent(t, head);
        // relative pronouns stand for the noun their clause modifies
        if (t.pos(head).startsWith("W") || t.word(head).equals("that")) {
            int clause = t.head(head);
            if (clause >= 0 && t.relIs(clause, "acl") && t.head(clause) >= 0) return actorOf(t, t.head(clause));
        }
        List<Integer> span = t.subtree(head, OUTSIDE_PHRASE);
        int sentence = t.sentence.index();
        ActorMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (ActorMention m : all) {
            if (m.sentenceIndex() != sentence) continue;
            int rank = rank(t, head, span, m);
            if (rank < bestRank) {
                bestRank = rank;
                best = m;
            }
        }
        return best == null ? null : best.actor();
    }

    /** 0: covers the head; 1: covers a modifier of the head; 2: elsewhere in the phrase; MAX: outside. */
    private static int rank(ParseTree t, int head, List<Integer> span, ActorMention m) {
        int rank = Integer.MAX_VALUE;
        for (int i : span) {
            if (t.begin(i) < m.start() || t.end(i) > m.end()) continue;
            int r;
            if (i == head) r = 0;
            else if (t.head(i) == head) r = t.relIs(i, "nmod:poss", "amod", "compound", "nmod") ? 1 : 2;
            else r = 3 + Math.min(10, t.ancestors(i).indexOf(head));
            rank = Math.min(rank, r * 1000 + i);
        }
        return rank;
    }

    /** The latest actor with a country named before the pronoun. */
    private Actor antecedent(ParseTree t, int pronoun) {
        int at = t.begin(pronoun);
        for (int k = all.size() - 1; k >= 0; k--) {
            ActorMention m = all.get(k);
            if (m.end() <= at && m.actor().country() != null) return m.actor();
        }
        return null;
    }
}
