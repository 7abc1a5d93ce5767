package org.faultline.model;

/**
 * Who acts, is acted on, speaks or reports.
 *
 * @param name    as written, or canonical
 * @param country ISO 3166-1 alpha-3, or null
 * @param sector  GOV, MIL, REB, MED, CVL, IGO, BUS, OPP, ... or null
 * @param org     organisation key (NATO, EU, UN, ...) or null
 * @param code    CAMEO actor code: country + sector ("AZEMIL") or organisation ("IGOWSTNAT")
 */
public record Actor(String name, String country, String sector, String org, String code) {
    public Actor {
        Checks.notNull(name, "name");
        if (country != null && !country.matches("[A-Z]{3}"))
            throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166-1 alpha-3 code");
        if (code == null || code.isBlank()) code = (country == null ? "---" : country) + (sector == null ? "" : sector);
    }

    public Actor withName(String newName) {
        return new Actor(newName, country, sector, org, code);
    }
}
