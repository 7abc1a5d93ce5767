package org.faultline.coding;

import org.faultline.model.Event;
import org.faultline.model.EventStatus;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives the events that tell one incident (one per source or competing account) one incident id, and one
 * telling's doubt to the whole incident while no side disputes it.
 */
final class IncidentIds {
    private IncidentIds() {}

    /** Events of one incident (one per source or competing account) share the first one's id as their incident. */
    static List<Event> assign(List<Event> events) {
        String[] incident = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            incident[i] = "in-" + events.get(i).id().substring(events.get(i).id().indexOf('-') + 1);
            for (int j = 0; j < i; j++) {
                if (Incidents.sameIncident(events.get(j), events.get(i), true)) {
                    incident[i] = incident[j];
                    break;
                }
            }
        }
        // "the suspected drone attack": one telling's doubt holds for the incident while no side disputes it
        java.util.Set<String> doubted = new java.util.HashSet<>(), disputed = new java.util.HashSet<>();
        java.util.Map<String, List<Event>> contested = new java.util.HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            EventStatus st = events.get(i).status();
            if (st == EventStatus.UNVERIFIED) doubted.add(incident[i]);
            if (st == EventStatus.DENIED || st == EventStatus.CONTESTED) disputed.add(incident[i]);
            if (st == EventStatus.CONTESTED) contested.computeIfAbsent(incident[i], k -> new ArrayList<>()).add(events.get(i));
        }
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i).withIncident(incident[i]);
            if (doubted.contains(incident[i]) && !disputed.contains(incident[i]) && e.status() == EventStatus.ASSERTED && Incidents.family(e).equals("violence"))
                e = e.withStatus(EventStatus.UNVERIFIED);
            // "the clash", told by a third party, of an incident whose sides blame each other: every telling of a hostile
            // act (coercion or violence) of that incident is disputed
            // (dated the same day as a disputed telling: an incident's tellings are chained through undated ones)
            Event told = e;
            if (contested.containsKey(incident[i]) && (e.status() == EventStatus.ASSERTED || e.status() == EventStatus.UNVERIFIED)
                    && Integer.parseInt(e.root()) >= 17 && contested.get(incident[i]).stream().anyMatch(c -> ClaimLinker.sameDay(c, told)))
                e = e.withStatus(EventStatus.CONTESTED);
            out.add(e);
        }
        return out;
    }
}
