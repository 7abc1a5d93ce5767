package org.faultline.store;

import java.time.LocalDate;

/**
 * Merged events of one day that share their sides' countries, their place's region, their CAMEO code and status:
 * one row of {@link Store#dayTallies}.
 *
 * @param country1   ISO3 of actor 1, or null
 * @param country2   ISO3 of actor 2, or null
 * @param placeCountry ISO3 of the place, or null
 * @param region     the place's first-level subdivision (admin1; the region itself for a region-level place), or null
 * @param events     how many merged events
 * @param fatalities their fatalities added up (an event that gives none counts 0)
 */
public record DayTally(LocalDate day, String country1, String country2, String placeCountry, String region, String cameo,
                       org.faultline.model.EventStatus status, int events, long fatalities) {
    public DayTally {
        if (day == null) throw new IllegalArgumentException("day must not be null");
        if (cameo == null || cameo.length() < 2 || cameo.length() > 4 || !cameo.chars().allMatch(Character::isDigit))
            throw new IllegalArgumentException("CAMEO code '" + cameo + "' is not 2 to 4 digits");
        if (status == null) throw new IllegalArgumentException("status must not be null");
        if (events < 1) throw new IllegalArgumentException("event count " + events + " is not positive");
        if (fatalities < 0) throw new IllegalArgumentException("fatalities " + fatalities + " is negative");
    }
}
