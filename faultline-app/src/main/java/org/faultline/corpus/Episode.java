package org.faultline.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * One injected escalation episode: a ramp of violent incidents between two sides, from its onset to its peak day.
 *
 * @param side1       the first side's country (ISO3), the alphabetically smaller of the two
 * @param side2       the other side's country; the same as side1 for a conflict inside one country
 * @param country     where it happens
 * @param incidentIds the incidents of the ramp, in {@link Corpus#incidents()}
 */
public record Episode(String id, String side1, String side2, String country, LocalDate onset, LocalDate peak,
                      List<String> incidentIds) {
    public Episode {
        if (id == null || side1 == null || side2 == null || onset == null || peak == null)
            throw new IllegalArgumentException("episode " + id + " lacks a required field");
        if (side1.compareTo(side2) > 0) throw new IllegalArgumentException("episode " + id + " sides " + side1 + ", " + side2 + " are not sorted");
        if (peak.isBefore(onset)) throw new IllegalArgumentException("episode " + id + " peaks on " + peak + " before its onset " + onset);
        incidentIds = List.copyOf(incidentIds);
    }

    /** The country pair as the watch names it: "RUS-UKR", "SDN-SDN". */
    public String dyad() {
        return side1 + "-" + side2;
    }
}
