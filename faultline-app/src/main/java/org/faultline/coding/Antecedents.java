package org.faultline.coding;

import org.faultline.lexicon.WordLists;
import org.faultline.model.Actor;
import org.faultline.model.ActorMention;

import java.util.List;
import java.util.Set;

/** What a pronoun or a bare group noun can stand for: actors the article named before it. */
final class Antecedents {
    private static final Set<String> IMPERSONAL = WordLists.bundled().set("IMPERSONAL_PRONOUN");
    private final List<ActorMention> all;
    private final java.util.function.BiFunction<Integer, Integer, String> gapText;

    Antecedents(List<ActorMention> all, java.util.function.BiFunction<Integer, Integer, String> gapText) {
        this.all = all;
        this.gapText = gapText;
    }

    /** "Rabat and Madrid ... since they signed": the latest two actors joined by "and" before the pronoun. */
    List<Actor> pairBefore(int at) {
        for (int k = all.size() - 1; k > 0; k--) {
            ActorMention b = all.get(k), a = all.get(k - 1);
            if (b.end() > at || a.sentenceIndex() != b.sentenceIndex()) continue;
            if (a.actor().country() == null || b.actor().country() == null || a.actor().country().equals(b.actor().country())) continue;
            if (b.start() - a.end() <= 6 && between(a, b).trim().equals("and")) return List.of(a.actor(), b.actor());
            if (b.sentenceIndex() < all.get(all.size() - 1).sentenceIndex() - 1) break;
        }
        return List.of();
    }

    private String between(ActorMention a, ActorMention b) {
        return gapText.apply(a.end(), b.start());
    }

    /** The armed group (REB or IMG code) named last before {@code offset}, within three sentences. */
    Actor lastArmedGroup(int sentence, int offset) {
        Actor found = null;
        for (ActorMention m : all) {
            if (m.start() >= offset || sentence - m.sentenceIndex() > 3) continue;
            String code = m.actor().code();
            // a named group, not a bare "fighters" of no one's
            if ((code.contains("REB") && !code.startsWith("---")) || code.startsWith("IMG")) found = m.actor();
        }
        return found;
    }

    /** "it" (IMPERSONAL_PRONOUN) stands for a singular noun, "they" for a plural one or a name. */
    static boolean agrees(String pronoun, String noun) {
        boolean plural = noun.endsWith("s") && !noun.endsWith("ss") && Character.isLowerCase(noun.charAt(0));
        return IMPERSONAL.contains(pronoun) ? !plural : true;
    }

    /** The latest actor with a country named before the pronoun that agrees with it in number. */
    Actor latest(int at, boolean singular, java.util.function.Predicate<Actor> fits) {
        for (int k = all.size() - 1; k >= 0; k--) {
            ActorMention m = all.get(k);
            // "the rebels attacked its positions": "its" is not the rebels
            if (singular && m.actor().sector() != null && m.text().endsWith("s") && !m.text().endsWith("ss")) continue;
            if (!fits.test(m.actor())) continue;
            // "told AFP ... he said": outlets pass a story on, they are not who "he" is
            if (m.end() <= at && m.actor().country() != null && !"MED".equals(m.actor().sector())) return m.actor();
        }
        return null;
    }
}
