package org.faultline.lexicon;

import java.time.LocalDate;

/**
 * One actor of the dictionaries: a country, an organisation, a group, a person in one role, or a sector noun.
 *
 * @param canonical the name to report ("Azerbaijan", "NATO", "Vladimir Putin", "soldier")
 * @param kind      which dictionary it comes from
 * @param country   ISO 3166-1 alpha-3 code, or null (organisations, agents)
 * @param sector    CAMEO sector (GOV, MIL, REB, ...), or null for a bare country
 * @param org       organisation or group key ("NATO", "Hezbollah"), or null
 * @param code      CAMEO code: country + sector ("AZEMIL"), the organisation code ("IGOWSTNAT"), or for an agent its
 *                  sector ("MIL")
 * @param from      first day of the role, or null (open)
 * @param to        last day of the role, or null (open)
 */
public record ActorEntry(String canonical, ActorKind kind, String country, String sector, String org, String code,
                         LocalDate from, LocalDate to) {
    public ActorEntry {
        if (canonical == null || canonical.isBlank())
            throw new IllegalArgumentException("canonical name '" + canonical + "' must not be blank");
        if (kind == null) throw new IllegalArgumentException("kind of actor '" + canonical + "' must not be null");
        if (country != null && !country.matches("[A-Z]{3}"))
            throw new IllegalArgumentException("country '" + country + "' of actor '" + canonical
                    + "' is not an ISO 3166-1 alpha-3 code");
        if (sector != null && !sector.matches("([A-Z]{3})+"))
            throw new IllegalArgumentException("sector '" + sector + "' of actor '" + canonical
                    + "' is not a CAMEO sector code");
        if (code == null || code.isBlank())
            code = (country == null ? "---" : country) + (sector == null ? "" : sector);
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("role of '" + canonical + "' ends (" + to + ") before it starts (" + from + ")");
    }

    /** Whether the role is in force on {@code date} (an entry without dates always is). */
    public boolean inForceOn(LocalDate date) {
        if (date == null) return true;
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Whether the entry carries a start or end date. */
    public boolean isTimeBounded() {
        return from != null || to != null;
    }
}
