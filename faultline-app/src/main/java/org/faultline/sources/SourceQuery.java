package org.faultline.sources;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which source records to give: those of one country (ISO3), and/or those of some keys ({@link SourceRecord#key()});
 * null for all.
 */
public record SourceQuery(String country, Set<String> keys) {
    /** At most this many keys in one query. */
    public static final int MAX_KEYS = 200;

    public SourceQuery {
        if (country != null && !country.matches("[A-Z]{3}"))
            throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166-1 alpha-3 code");
        if (keys != null) {
            if (keys.size() > MAX_KEYS) throw new IllegalArgumentException(keys.size() + " source keys are more than " + MAX_KEYS);
            for (String k : keys)
                if (k == null || !(k.startsWith(SourceKeys.ACTOR) || k.startsWith(SourceKeys.OUTLET)) || k.length() < 8)
                    throw new IllegalArgumentException("source key '" + k + "' is not actor:... or outlet:...");
            keys = Set.copyOf(new TreeSet<>(keys));
        }
    }

    public static SourceQuery all() {
        return new SourceQuery(null, null);
    }

    /** Whether the record is one the query asks for. */
    public boolean accepts(SourceRecord r) {
        return (country == null || country.equals(r.country())) && (keys == null || keys.contains(r.key()));
    }
}
