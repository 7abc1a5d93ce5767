package org.faultline.watch;

/** The names of the watched series. */
final class Keys {
    private Keys() {}

    /**
     * The unordered country pair of an event's two sides, "ARM-AZE" (alphabetical), "SDN-SDN" for a conflict inside
     * one country; null when a side has no country.
     */
    static String dyad(String country1, String country2) {
        if (country1 == null || country2 == null) return null;
        return country1.compareTo(country2) <= 0 ? country1 + "-" + country2 : country2 + "-" + country1;
    }

    /** "North Darfur, SDN"; null without a region. */
    static String region(String region, String country) {
        if (region == null || region.isBlank()) return null;
        return country == null ? region : region + ", " + country;
    }

    /** Whether a region key is the region a user named: the whole key or the name before ", ISO3", any case. */
    static boolean regionMatches(String key, String asked) {
        if (key.equalsIgnoreCase(asked)) return true;
        int comma = key.lastIndexOf(", ");
        return comma > 0 && key.substring(0, comma).equalsIgnoreCase(asked);
    }
}
