package org.faultline.model;

/**
 * One report of an event: who did what to whom, where, when, who says so and with what standing.
 *
 * @param cameo        CAMEO event code, 3 or 4 digits
 * @param plover       PLOVER event type, or null
 * @param acledType    ACLED event type, or null when the event is not one ACLED codes
 * @param fatalities   null when the text says nothing
 * @param reportedBy   who reports it, or null
 * @param citation     the source the text cites for it, or null
 */
public record Event(String id, PartialDate date, Actor actor1, Actor actor2, String cameo, String plover,
                    String acledType, String acledSubType, Place location, Integer fatalities, Actor reportedBy,
                    Citation citation, EventStatus status, Evidence evidence) {
    public Event {
        Checks.notNull(id, "id");
        Checks.notNull(evidence, "evidence");
        if (cameo == null || !cameo.matches("\\d{3,4}"))
            throw new IllegalArgumentException("CAMEO code '" + cameo + "' is not 3 or 4 digits");
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root < 1 || root > 20) throw new IllegalArgumentException("CAMEO code '" + cameo + "' has no root 01-20");
        if (status == null) status = EventStatus.ASSERTED;
        if (fatalities != null && fatalities < 0)
            throw new IllegalArgumentException("fatalities " + fatalities + " is negative");
    }

    public String root() {
        return cameo.substring(0, 2);
    }
}
