package org.faultline.coding;

import org.faultline.model.Actor;
import org.faultline.model.Claim;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The status chooser: derives each event's status from the linked claims and the other accounts of its incident.
 * Denied when a denial is about it (or about its incident); contested when two accounts blame each other or tell
 * incompatible versions; the stronger status wins ({@link EventStatus#over}).
 */
final class StatusChooser {
    private StatusChooser() {}

    static List<Event> applyStatus(List<Event> events, List<Claim> claims) {
        Map<String, EventStatus> status = new HashMap<>();
        Map<String, Claim> byId = new HashMap<>();
        for (Claim c : claims) byId.put(c.id(), c);
        Map<String, Event> eventsById = new HashMap<>();
        for (Event e : events) eventsById.put(e.id(), e);
        for (Claim c : claims) {
            if (!c.stance().equals("deny")) continue;
            Claim denied = c.contradicts() == null ? null : byId.get(c.contradicts());
            String fallback = null;
            // a denial of a charge that is not itself an act (being someone's wing, backing a group) denies no incident
            boolean ofCharge = denied != null && ClaimLinker.chargesAgainst(eventsById.get(denied.aboutEvent()), c.claimant());
            if (!ofCharge && (c.aboutEvent() == null || !ClaimLinker.material(eventsById.get(c.aboutEvent())))
                    && (denied == null || denied.aboutEvent() == null || !ClaimLinker.material(eventsById.get(denied.aboutEvent())))) {
                fallback = deniedIncident(events, c);
            }
            for (String id : new String[]{c.aboutEvent(), denied == null ? null : denied.aboutEvent(), fallback}) {
                Event e = id == null ? null : eventsById.get(id);
                // an accusation happened even when the accused denies it: the denial is of the act accused
                if (e == null || !ClaimLinker.material(e)) continue;
                // the denial is of the incident, whichever sentence of the article tells it
                for (Event other : events) {
                    if ((other == e || sameIncident(e, other)) && concerns(other, c.claimant())) status.merge(other.id(), EventStatus.DENIED, EventStatus::over);
                }
            }
        }
        // mutual blame: A acts on B in one account, B on A in another
        Set<String> contested = new HashSet<>();
        for (Event x : events) {
            for (Event y : events) {
                // a doer implied from the incident's other sentences is no one's blame
                if (x == y || Incidents.doer(x) == null || Incidents.doer(y) == null) continue;
                if (x.evidence().sentenceIndex() == y.evidence().sentenceIndex()) continue;
                if (!hostile(x) || !hostile(y)) continue;
                // mutual blame: each side says the other fired ("their troops crossed", "no, theirs did", the victim
                // named or not); each reporting its own strikes is an exchange, not a dispute
                String bx = blamed(x), by = blamed(y);
                if (bx != null && by != null && !bx.equals(by) && bx.equals(reporterCountry(y)) && by.equals(reporterCountry(x))) {
                    contested.add(x.id());
                    contested.add(y.id());
                }
            }
        }
        for (Event x : events) {
            for (Event y : events) {
                if (x == y || !hostile(x) || !hostile(y) || x.actor2() == null || y.actor2() == null) continue;
                String vx = x.actor2().country(), vy = y.actor2().country();
                if (vx == null || vy == null || vx.equals(vy)) continue;
                // "positions came under fire", says one side; "we were shelled first", says the other
                boolean xVictimReports = vx.equals(reporterCountry(x)), yVictimReports = vy.equals(reporterCountry(y));
                Actor dx = Incidents.doer(x), dy = Incidents.doer(y);
                boolean opposed = (dx == null || vy.equals(dx.country())) && (dy == null || vx.equals(dy.country()));
                if (xVictimReports && yVictimReports && opposed && ClaimLinker.sameDay(x, y)) {
                    contested.add(x.id());
                    contested.add(y.id());
                }
            }
        }
        // mutual accusations: A accuses B and B accuses A ("the two sides blamed each other")
        for (Event x : events) {
            for (Event y : events) {
                if (x == y || !x.root().equals("11") || !y.root().equals("11")) continue;
                String ax = country(x.actor1()), tx = country(x.actor2()), ay = country(y.actor1()), ty = country(y.actor2());
                if (ax != null && tx != null && !ax.equals(tx) && ax.equals(ty) && tx.equals(ay) && ClaimLinker.nearDays(x, y)) {
                    contested.add(x.id());
                    contested.add(y.id());
                }
            }
        }
        // competing versions: two sides' accounts of one incident, linked to each other, contest what each tells
        for (Claim c : claims) {
            Claim other = c.contradicts() == null ? null : byId.get(c.contradicts());
            if (!c.stance().equals("assert") || other == null || !other.stance().equals("assert")) continue;
            for (String id : new String[]{c.aboutEvent(), other.aboutEvent()}) {
                Event e = id == null ? null : eventsById.get(id);
                if (e != null && hostile(e)) contested.add(e.id());
                // "A accused B of opening fire": the version is the act charged, told in the accusation's sentence
                if (e != null && e.root().equals("11")) for (Event x : events) if (charged(e, x)) contested.add(x.id());
            }
        }
        // an account contested by the other side's is contested in every sentence that tells it
        for (Event x : events) {
            if (contested.contains(x.id()) || !hostile(x) || reporterCountry(x) == null) continue;
            for (Event y : events) {
                if (contested.contains(y.id()) && Objects.equals(reporterCountry(x), reporterCountry(y)) && Incidents.sameIncident(x, y, false)) {
                    contested.add(x.id());
                    break;
                }
            }
        }
        // "six were injured but none were killed", says one source of an incident another says left five dead: the
        // reported killings are denied, and the account that denies them is a competing version
        for (Event zero : events) {
            if (!hostile(zero) || zero.fatalities() == null || zero.fatalities() != 0 || zero.reportedBy() == null) continue;
            for (Event dead : events) {
                if (dead == zero || !hostile(dead) || dead.fatalities() == null || dead.fatalities() <= 0) continue;
                if (Objects.equals(reporterCountry(dead), reporterCountry(zero)) && Objects.equals(name(dead.reportedBy()), name(zero.reportedBy()))) continue;
                if (!Incidents.sameIncident(zero, dead, false)) continue;
                status.merge(dead.id(), EventStatus.DENIED, EventStatus::over);
                contested.add(zero.id());
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            EventStatus s = e.status();
            if (contested.contains(e.id())) s = EventStatus.CONTESTED.over(s);
            EventStatus fromClaims = status.get(e.id());
            if (fromClaims != null) s = fromClaims.over(s);
            out.add(s == e.status() ? e : e.withStatus(s));
        }
        return out;
    }

    /**
     * "State media said reports of the attack were fake news", "the government denied launching any attack": a
     * denial naming no event of its own denies the latest violent incident before it that its side is said to
     * have done (or that no one is named for).
     */
    private static String deniedIncident(List<Event> events, Claim denial) {
        String side = denial.claimant() == null ? null : denial.claimant().country();
        Event best = null;
        for (Event e : events) {
            if (!hostile(e) || e.evidence().start() > denial.evidence().start()) continue;
            Actor named = Incidents.doer(e);
            String doer = named == null ? null : named.country();
            if (doer != null && !doer.equals(side)) continue;
            if (best == null || e.evidence().start() >= best.evidence().start()) best = e;
        }
        return best == null ? null : best.id();
    }

    /**
     * Whether a denial by this side can be of this event: the side is said to have done it, or to have been hit by it,
     * or the event names no doer. "Belgrade had nothing to do with it" denies nothing of what the police of the other
     * side did.
     */
    private static boolean concerns(Event e, Actor denier) {
        Actor doer = Incidents.doer(e);
        if (denier == null || denier.country() == null || doer == null || doer.country() == null) return true;
        return denier.country().equals(doer.country()) || (e.actor2() != null && denier.country().equals(e.actor2().country()));
    }

    /** The act an accusation charges: a hostile act of its sentence done by the side it accuses. */
    private static boolean charged(Event accusation, Event x) {
        return x.evidence().sentenceIndex() == accusation.evidence().sentenceIndex() && hostile(x) && accusation.actor2() != null
                && Incidents.doer(x) != null && Objects.equals(Incidents.doer(x).country(), accusation.actor2().country());
    }

    private static boolean hostile(Event e) {
        return Integer.parseInt(e.root()) >= 17;
    }

    /** Two reports in one article of one incident: both violent, same target country (or unknown), dates overlapping. */
    private static boolean sameIncident(Event a, Event b) {
        if (!hostile(a) || !hostile(b)) return false;
        String ta = a.actor2() == null ? null : a.actor2().country(), tb = b.actor2() == null ? null : b.actor2().country();
        if (ta != null && tb != null && !ta.equals(tb)) return false;
        // "Rebels shelled the town; the army denied shelling it": a denial of one side's act says nothing of the other's
        Actor da = Incidents.doer(a), db = Incidents.doer(b);
        if (da != null && db != null && !Incidents.side(da).equals(Incidents.side(db))) return false;
        return ClaimLinker.nearDays(a, b);
    }

    /** The country an event's teller blames: the doer's, when the teller is not the doer's own side. */
    private static String blamed(Event e) {
        String doer = Incidents.doer(e).country(), teller = reporterCountry(e);
        return doer == null || teller == null || doer.equals(teller) ? null : doer;
    }

    private static String name(Actor a) {
        return a == null ? null : a.name();
    }

    private static String country(Actor a) {
        return a == null ? null : a.country();
    }

    private static String reporterCountry(Event e) {
        return e.reportedBy() == null ? null : e.reportedBy().country();
    }
}
