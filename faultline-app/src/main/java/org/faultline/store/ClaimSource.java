package org.faultline.store;

import org.faultline.model.Actor;

import java.time.LocalDate;

/**
 * Who makes one stored claim or denial, for the track records of sources, with what the merged view says about it.
 *
 * @param mergedId    the merged event the claim is about, or null
 * @param published   the publication day of its document, or null
 * @param claimant    who makes it, or null when the text names no one
 * @param citedOutlet the outlet its citation names, or null
 * @param citedDate   the date its citation gives, or null
 * @param stance      "assert" or "deny"
 * @param aboutEvent  the report (of the same document) it is about, or null
 * @param contradicts the claim (of the same document) a denial contradicts, or null
 * @param contestedBy for an assertion the merged view finds contested, what contests it: "DOCUMENT/CLAIM" of a denial
 *                    or "DOCUMENT/REPORT" of a report told as denied; else null
 */
public record ClaimSource(String documentId, String claimId, String mergedId, LocalDate published, Actor claimant,
                          String citedOutlet, String citedDate, String stance, String aboutEvent, String contradicts,
                          String contestedBy) {
    public ClaimSource {
        if (documentId == null || claimId == null)
            throw new IllegalArgumentException("claim source needs a document and claim id, got " + documentId + "/" + claimId);
        if (!"assert".equals(stance) && !"deny".equals(stance))
            throw new IllegalArgumentException("stance '" + stance + "' is not assert or deny");
    }

    public boolean denial() {
        return "deny".equals(stance);
    }
}
