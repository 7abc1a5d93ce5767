package org.faultline.model;

import java.util.List;

/**
 * One event as one source tells it: who did what to whom, where, when, who says so and with what standing, and
 * every sentence of the article that tells it.
 *
 * @param cameo        CAMEO event code, 3 or 4 digits
 * @param plover       PLOVER event type, or null
 * @param acledType    ACLED event type, or null when the event is not one ACLED codes
 * @param fatalities   null when the text says nothing
 * @param reportedBy   who reports it, or null
 * @param citation     the source the text cites for it, or null
 * @param evidence     the sentence that tells the event best
 * @param mentions     the other sentences that tell the same event from the same source (headline, restatement,
 *                     the source's own quote), in text order
 * @param incident     shared by the events (one per source or account) that tell one incident
 * @param why          the rules and lexicon lines that made the event, in the order they acted
 */
public record Event(String id, PartialDate date, Actor actor1, Actor actor2, String cameo, String plover,
                    String acledType, String acledSubType, Place location, Integer fatalities, Actor reportedBy,
                    Citation citation, EventStatus status, Evidence evidence, List<Evidence> mentions,
                    String incident, List<String> why) {
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
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        if (incident == null) incident = id;
        why = why == null ? List.of() : List.copyOf(why);
    }

    /** An event told by one sentence, its own incident, with no recorded reasons. */
    public Event(String id, PartialDate date, Actor actor1, Actor actor2, String cameo, String plover,
                 String acledType, String acledSubType, Place location, Integer fatalities, Actor reportedBy,
                 Citation citation, EventStatus status, Evidence evidence) {
        this(id, date, actor1, actor2, cameo, plover, acledType, acledSubType, location, fatalities, reportedBy,
                citation, status, evidence, List.of(), null, List.of());
    }

    public String root() {
        return cameo.substring(0, 2);
    }

    public Event withStatus(EventStatus s) {
        return new Event(id, date, actor1, actor2, cameo, plover, acledType, acledSubType, location, fatalities,
                reportedBy, citation, s, evidence, mentions, incident, why);
    }

    public Event withMentions(List<Evidence> m) {
        return new Event(id, date, actor1, actor2, cameo, plover, acledType, acledSubType, location, fatalities,
                reportedBy, citation, status, evidence, m, incident, why);
    }

    public Event withIncident(String i) {
        return new Event(id, date, actor1, actor2, cameo, plover, acledType, acledSubType, location, fatalities,
                reportedBy, citation, status, evidence, mentions, i, why);
    }

    public Event withWhy(List<String> w) {
        return new Event(id, date, actor1, actor2, cameo, plover, acledType, acledSubType, location, fatalities,
                reportedBy, citation, status, evidence, mentions, incident, w);
    }

    /** The evidence first, then the other mentions. */
    public List<Evidence> allEvidence() {
        List<Evidence> out = new java.util.ArrayList<>();
        out.add(evidence);
        out.addAll(mentions);
        return out;
    }
}
