package org.faultline.names;

import java.util.Locale;

/** Which places to give: the one with this name or other name (any case), or all when {@code place} is null. */
public record NameQuery(String place) {
    public NameQuery {
        if (place != null) {
            place = place.strip().replaceAll("\\s+", " ");
            if (place.isEmpty()) throw new IllegalArgumentException("place name '' is empty");
            if (place.length() > 200) throw new IllegalArgumentException("place name '" + place.substring(0, 40) + "...' is longer than 200 characters");
        }
    }

    public static NameQuery all() {
        return new NameQuery(null);
    }

    /** Whether the place is one the query asks for. */
    public boolean accepts(PlaceNames p) {
        return accepts(p.place(), p.names());
    }

    boolean accepts(String canonical, java.util.List<String> names) {
        if (place == null) return true;
        String p = place.toLowerCase(Locale.ROOT);
        if (canonical.toLowerCase(Locale.ROOT).equals(p)) return true;
        for (String n : names) if (n.toLowerCase(Locale.ROOT).equals(p)) return true;
        return false;
    }
}
