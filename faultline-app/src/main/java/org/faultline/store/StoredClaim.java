package org.faultline.store;

import org.faultline.model.Claim;

/**
 * A claim as stored, with what the merge found about it.
 *
 * @param documentId  the document that makes it
 * @param eventId     the merged event it is about, or null
 * @param contested   an assertion that a denial (in this or another document) contradicts
 * @param contestedBy "documentId/claimId" of the denial, or null
 */
public record StoredClaim(String documentId, String eventId, boolean contested, String contestedBy, Claim claim) {
    public StoredClaim {
        if (documentId == null) throw new IllegalArgumentException("documentId must not be null");
        if (claim == null) throw new IllegalArgumentException("claim must not be null");
    }
}
