package org.faultline.names;

import java.util.List;

/**
 * A place of several names and how the documents name it.
 *
 * @param place    the gazetteer's name
 * @param country  its ISO3 country, or null
 * @param names    every name it has: the gazetteer's and its other names
 * @param mentions times the documents name it
 * @param marked   times they name it marked
 * @param uses     the names written, most written first
 */
public record PlaceNames(String place, String country, List<String> names, int mentions, int marked, List<NameCount> uses) {
    public PlaceNames {
        names = List.copyOf(names);
        uses = List.copyOf(uses);
    }
}
