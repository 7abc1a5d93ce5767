package org.faultline.extract;

import java.util.Locale;
import java.util.Set;

/** Common nouns that mark a neighbouring proper noun as a place, and what kind of place they suggest. */
final class PlaceWords {
    private PlaceWords() {}

    private static final Set<String> ADMIN = Set.of("region", "regions", "district", "districts", "province",
            "provinces", "oblast", "oblasts", "rayon", "rayons", "raion", "governorate", "governorates", "state",
            "states", "county", "counties", "prefecture", "municipality", "municipalities", "territory", "marz",
            "department", "zone", "township", "townships", "area", "areas");
    private static final Set<String> TOWN = Set.of("city", "cities", "village", "villages", "town", "towns",
            "settlement", "settlements", "camp", "hamlet", "port", "suburb", "outskirts");
    private static final Set<String> OTHER = Set.of("corridor", "border", "valley", "river", "mountains", "hills",
            "hill", "plain", "front", "direction", "sector", "checkpoint", "crossing", "bridge", "road", "highway",
            "airport", "base", "peninsula", "island", "islands", "sea", "gulf", "strait", "lake", "heights");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west", "northeastern", "northwestern", "southeastern",
            "southwestern", "north-eastern", "north-western", "south-eastern", "south-western");

    private static final Set<String> COMMON = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "republic", "kingdom", "union", "federation", "democratic", "islamic",
            "state", "people", "army", "forces", "force", "president", "minister", "ministry", "government", "defense",
            "defence", "security", "council", "national", "united", "new", "independence", "liberty", "freedom",
            "victory", "hope", "justice", "peace", "unity", "progress", "mission", "general", "command", "center",
            "centre", "university", "media", "news", "press", "agency", "service", "office", "front", "party");

    /** "The", "A", "An", "This": a capitalised article that opens a phrase rather than a name. */
    static boolean article(String word) {
        return Set.of("the", "a", "an", "this", "that", "these", "those").contains(word.toLowerCase(Locale.ROOT));
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
