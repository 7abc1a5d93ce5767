package org.faultline.store;

import org.faultline.model.Quote;

/** A stored quotation and the document it comes from. */
public record StoredQuote(String documentId, Quote quote) {
    public StoredQuote {
        if (documentId == null) throw new IllegalArgumentException("documentId must not be null");
        if (quote == null) throw new IllegalArgumentException("quote must not be null");
    }
}
