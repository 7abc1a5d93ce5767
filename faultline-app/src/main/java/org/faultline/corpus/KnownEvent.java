package org.faultline.corpus;

import org.faultline.model.Actor;
import org.faultline.model.Place;

import java.time.LocalDate;
import java.util.List;

/**
 * One event of the answer key: something the generated sentences express that a correct coder codes as an event.
 * Besides the incident itself that is each verbal act the articles write, such as an accusation (CAMEO 112) or a
 * demand (CAMEO 10); a denial is not an event of its own but a claim that makes the incident's status denied.
 *
 * @param kind       "incident", "accusation" or "demand"
 * @param incidentId the incident it belongs to
 * @param place      where it happened or the place the statement is about (never null)
 * @param documentIds the articles that express it
 */
public record KnownEvent(String id, String kind, String incidentId, LocalDate date, String cameo, Actor actor1,
                         Actor actor2, Place place, List<String> documentIds) {
    public KnownEvent {
        if (id == null || kind == null || incidentId == null || date == null || cameo == null || place == null)
            throw new IllegalArgumentException("known event " + id + " lacks a required field");
        documentIds = List.copyOf(documentIds);
    }

    public String root() {
        return cameo.substring(0, 2);
    }
}
