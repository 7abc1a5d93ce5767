package org.faultline.extract;

import org.faultline.lexicon.WordLists;
import java.util.Locale;
import java.util.Set;

/** Common nouns that mark a neighbouring proper noun as a place, and what kind of place they suggest. */
final class PlaceWords {
    private PlaceWords() {}

    private static final Set<String> ADMIN = WordLists.bundled().set("PLACE_ADMIN_NOUN");
    private static final Set<String> TOWN = WordLists.bundled().set("PLACE_TOWN_NOUN");
    private static final Set<String> OTHER = WordLists.bundled().set("PLACE_OTHER_NOUN");
    private static final Set<String> DIRECTIONS = WordLists.bundled().set("DIRECTION");

    private static final Set<String> COMMON = WordLists.bundled().set("NOT_A_PLACE_NAME");

    /** "The", "A", "An", "This": a capitalised article that opens a phrase rather than a name. */
    static boolean article(String word) {
        return WordLists.bundled().contains("DETERMINER", word);
    }

    /** A capitalised word that is far likelier an ordinary word, a month or a title than a one-word place name. */
    static boolean commonWord(String word) {
        return COMMON.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "admin", "city", "other", or null when the word is no place word. */
    static String kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (ADMIN.contains(w)) return "admin";
        if (TOWN.contains(w)) return "city";
        if (OTHER.contains(w)) return "other";
        return null;
    }

    static boolean plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("s") && kind(w) != null && kind(w.substring(0, w.length() - 1)) != null
                || w.equals("counties") || w.equals("municipalities") || w.equals("cities") || w.equals("governorates");
    }

    static boolean direction(String word) {
        return DIRECTIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
