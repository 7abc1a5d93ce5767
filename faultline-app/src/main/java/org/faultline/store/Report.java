package org.faultline.store;

import org.faultline.model.Event;

import java.time.LocalDate;

/**
 * One report of an incident: the report-level event exactly as coded from one document, and that document's
 * metadata. Like a GDELT mention.
 */
public record Report(String documentId, String outlet, String title, String url, LocalDate published, Event event) {
    public Report {
        if (documentId == null) throw new IllegalArgumentException("documentId must not be null");
        if (event == null) throw new IllegalArgumentException("event must not be null");
    }
}
