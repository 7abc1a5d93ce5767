package org.faultline.model;

/**
 * An attributed assertion or denial.
 *
 * @param stance      "assert" or "deny"
 * @param aboutEvent  id of the event it is about, or null
 * @param contradicts id of the claim a denial contradicts, or null
 */
public record Claim(String id, Actor claimant, String stance, String text, String aboutEvent, String contradicts,
                    Citation citation, EventStatus status, Evidence evidence) {
    public Claim {
        Checks.notNull(id, "id");
        if (!"assert".equals(stance) && !"deny".equals(stance))
            throw new IllegalArgumentException("stance '" + stance + "' is not assert or deny");
        Checks.notNull(evidence, "evidence");
    }

    public Claim withContradicts(String claimId) {
        return new Claim(id, claimant, stance, text, aboutEvent, claimId, citation, status, evidence);
    }
}
