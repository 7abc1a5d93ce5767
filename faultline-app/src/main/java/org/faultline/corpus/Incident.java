package org.faultline.corpus;

import org.faultline.model.Actor;
import org.faultline.model.Place;

import java.time.LocalDate;
import java.util.List;

/**
 * One incident of the answer key and the documents that report it.
 *
 * @param denied the attacker's side denies it in at least one report
 */
public record Incident(String id, LocalDate date, Actor actor1, Actor actor2, String cameo, Place place,
                       int fatalities, boolean denied, List<String> documentIds) {
    public Incident {
        documentIds = List.copyOf(documentIds);
    }

    public String root() {
        return cameo.substring(0, 2);
    }
}
