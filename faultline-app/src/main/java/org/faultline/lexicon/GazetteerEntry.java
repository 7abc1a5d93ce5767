package org.faultline.lexicon;

import java.util.List;

/**
 * One place of the gazetteer.
 *
 * @param name       the canonical name
 * @param aliases    other, older, transliterated and contested names
 * @param country    ISO 3166-1 alpha-3, or null for a place spanning countries (a sea, a named region)
 * @param admin1     the first-level subdivision it lies in, or null
 * @param feature    "country", "admin", "city", "region", "sea", "river", "corridor", ...
 * @param precision  1 town, 2 region, 3 country
 * @param population inhabitants where known, else 0
 */
public record GazetteerEntry(String name, List<String> aliases, String country, String admin1, double lat,
                             double lon, String feature, int precision, long population) {
    public GazetteerEntry {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("place name '" + name + "' is blank");
        aliases = aliases == null || aliases.isEmpty() ? List.of() : List.copyOf(aliases);
        if (country != null && !(country.length() == 3 && upper(country.charAt(0)) && upper(country.charAt(1))
                && upper(country.charAt(2))))
            throw new IllegalArgumentException("country '" + country + "' of '" + name + "' is not an ISO 3166-1 alpha-3 code");
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180))
            throw new IllegalArgumentException("coordinates " + lat + "," + lon + " of '" + name + "' are out of range");
        if (precision < 1 || precision > 3)
            throw new IllegalArgumentException("precision " + precision + " of '" + name + "' is not 1, 2 or 3");
        if (feature == null || feature.isBlank()) throw new IllegalArgumentException("feature of '" + name + "' is blank");
        if (population < 0) throw new IllegalArgumentException("population " + population + " of '" + name + "' is negative");
        if (admin1 != null && admin1.isBlank()) admin1 = null;
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    GazetteerEntry withAliases(List<String> more) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(aliases);
        for (String a : more) if (!a.equalsIgnoreCase(name)) all.add(a);
        return new GazetteerEntry(name, List.copyOf(all), country, admin1, lat, lon, feature, precision, population);
    }
}
