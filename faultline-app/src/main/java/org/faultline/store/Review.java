package org.faultline.store;

import java.time.Instant;

/** A reviewer's correction of one field of a merged event. Survives re-coding: it points at the merged id. */
public record Review(long id, String eventId, String field, String value, String reviewer, Instant at) {
}
