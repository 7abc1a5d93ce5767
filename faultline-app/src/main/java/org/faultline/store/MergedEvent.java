package org.faultline.store;

import org.faultline.model.Event;

import java.util.List;

/**
 * One incident as the merged view holds it: the representative event and every report of it.
 *
 * @param event     the merged event; its id is the smallest report id of the incident, its status the
 *                  precedence over all reports and the denials made about it in any document
 * @param documents how many documents report it
 * @param reports   every report (document, sentence, reporter, citation), oldest document first
 * @param claims    the claims about it from all documents
 */
public record MergedEvent(Event event, int documents, List<Report> reports, List<StoredClaim> claims) {
    public MergedEvent {
        if (event == null) throw new IllegalArgumentException("event must not be null");
        reports = List.copyOf(reports);
        claims = List.copyOf(claims);
    }

    public String id() {
        return event.id();
    }
}
