package org.faultline.store;

import java.time.LocalDate;

/** One stored document without its text: what a list of documents shows. */
public record DocumentSummary(String id, String title, String outlet, String url, LocalDate published, int events,
                              int claims) {
    public DocumentSummary {
        if (id == null) throw new IllegalArgumentException("document id must not be null");
    }
}
