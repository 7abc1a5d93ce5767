package org.faultline.model;

import java.util.List;

/**
 * A resolved place.
 *
 * @param name      as written in the text
 * @param canonical the gazetteer's name
 * @param country   ISO3 or null (a region spanning countries)
 * @param admin1    first-level subdivision name, or null
 * @param feature   "city", "admin", "region", "country", ...
 * @param precision 1 town, 2 region, 3 country
 * @param aliases   other and contested names of the same place
 */
public record Place(String name, String canonical, String country, String admin1, double lat, double lon,
                    String feature, int precision, List<String> aliases) {
    public Place {
        Checks.notNull(name, "name");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
            throw new IllegalArgumentException("coordinates " + lat + "," + lon + " of '" + name + "' are out of range");
        if (precision < 1 || precision > 3)
            throw new IllegalArgumentException("precision " + precision + " of '" + name + "' is not 1, 2 or 3");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (canonical == null) canonical = name;
    }

    public Place withName(String asWritten) {
        return new Place(asWritten, canonical, country, admin1, lat, lon, feature, precision, aliases);
    }
}
