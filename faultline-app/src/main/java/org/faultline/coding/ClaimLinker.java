package org.faultline.coding;

import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
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
 * Links each denial to the claim it contradicts (the pair point at each other) and derives event status
 * from the claims: denied when a denial is about it, contested when two accounts blame each other.
 */
final class ClaimLinker {
    /** How many sentences back a denial may reach for the claim it answers. */
    private static final int REACH = 6;
    /** How many sentences ahead a denial with nothing before it may look for the accusation it answers. */
    private static final int LEAD_REACH = 3;

    private ClaimLinker() {}

    static List<Claim> link(List<Claim> claims) {
        return link(claims, List.of(), null);
    }

    /** Links denials, then competing versions: what the accused side asserts about the incident it is accused of. */
    static List<Claim> link(List<Claim> claims, List<Event> events, CueLexicon cues) {
        Map<String, Event> byId = new HashMap<>();
        for (Event e : events) byId.put(e.id(), e);
        List<Claim> out = linkDenials(claims, byId);
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            if (!c.stance().equals("assert") || c.contradicts() != null || c.claimant() == null || c.claimant().country() == null) continue;
            Event own = c.aboutEvent() == null ? null : byId.get(c.aboutEvent());
            // a version tells an act of its own: who fired, who was hit
            if (own == null || !material(own)) continue;
            int target = -1;
            for (int j = 0; j < out.size(); j++) {
                Claim a = out.get(j);
                if (j == i || !a.stance().equals("assert") || a.claimant() == null || sameSide(a.claimant(), c.claimant())) continue;
                // within one country only two known, opposed sides tell competing versions
                if (Objects.equals(a.claimant().country(), c.claimant().country())
                        && (a.claimant().sector() == null || c.claimant().sector() == null)) continue;
                // a monitor or a charity gives its own count, not a side's version
                if (observer(a.claimant()) || observer(c.claimant())) continue;
                int gap = c.evidence().sentenceIndex() - a.evidence().sentenceIndex();
                if (gap <= 0 || gap > REACH) continue;
                Event told = a.aboutEvent() == null ? null : byId.get(a.aboutEvent());
                if (told == null || !(material(told) || told.root().equals("11"))) continue;
                // "positions came under fire", says one side; the side it accuses, or whose victim reports it, tells its own version
                // an accusation's doer is the one it accuses
                boolean charge = told.root().equals("11");
                Actor doerActor = charge ? told.actor2() : told.actor1();
                String doer = doerActor == null ? null : doerActor.country();
                String victim = charge || told.actor2() == null ? (charge ? a.claimant().country() : null) : told.actor2().country();
                boolean accused = c.claimant().country().equals(doer);
                boolean againstVictimsAccount = doer == null && victim != null && victim.equals(a.claimant().country());
                if (!accused && !againstVictimsAccount) continue;
                // "it had struck a militant in the area", says the side the other accuses, of the same target: an
                // admission, not another version, unless that side disputes the story elsewhere in the article
                boolean admits = own.actor1() != null && c.claimant().country().equals(own.actor1().country())
                        && c.claimant().country().equals(doer) && (own.actor2() == null || told.actor2() == null
                        || Objects.equals(own.actor2().country(), told.actor2().country()));
                if (admits && !disputes(out, c.claimant().country()) && !answers(c, cues)) continue;
                if (own != null && !nearDays(own, told)) continue;
                if (target < 0) target = j;
            }
            if (target < 0) continue;
            Claim a = out.get(target);
            out.set(i, c.withContradicts(a.id()));
            if (a.contradicts() == null) out.set(target, a.withContradicts(c.id()));
        }
        return out;
    }

    /** "its forces had only returned fire", "acted in response": the admitted act is told as an answer to the other side. */
    private static boolean answers(Claim c, CueLexicon cues) {
        if (cues == null) return false;
        for (String w : c.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) {
            if (cues.contains(CueKind.RESPONSE, w)) return true;
            for (String suffix : new String[]{"ed", "d", "s", "ing"}) {
                if (w.endsWith(suffix) && cues.contains(CueKind.RESPONSE, w.substring(0, w.length() - suffix.length()))) return true;
            }
        }
        return false;
    }

    private static boolean disputes(List<Claim> claims, String country) {
        for (Claim c : claims) if (c.stance().equals("deny") && c.claimant() != null && country.equals(c.claimant().country())) return true;
        return false;
    }

    private static List<Claim> linkDenials(List<Claim> claims, Map<String, Event> events) {
        List<Claim> out = new ArrayList<>(claims);
        for (int i = 0; i < out.size(); i++) {
            Claim d = out.get(i);
            if (!d.stance().equals("deny") || d.contradicts() != null) continue;
            int target = -1;
            for (int j = out.size() - 1; j >= 0; j--) {
                Claim a = out.get(j);
                if (j == i || !a.stance().equals("assert")) continue;
                int gap = d.evidence().sentenceIndex() - a.evidence().sentenceIndex();
                if (gap < 0 || gap > REACH) continue;
                // in its own sentence a denial answers the other speaker there, whatever the side codes say
                boolean sameSentence = gap == 0 && !a.claimant().code().equals(d.claimant().code());
                if (!sameSentence && sameSide(a.claimant(), d.claimant())) continue;
                if (target < 0 || better(out.get(j), out.get(target), d)) target = j;
            }
            // "X accuses Y of Z. Y denies the charge.": a bare denial answers the latest charge against its own side
            if (bareMention(d)) {
                for (int j = out.size() - 1; j >= 0; j--) {
                    Claim a = out.get(j);
                    int gap = d.evidence().sentenceIndex() - a.evidence().sentenceIndex();
                    if (j == i || !a.stance().equals("assert") || gap < 0 || gap > REACH) continue;
                    if (!chargesAgainst(events.get(a.aboutEvent()), d.claimant())) continue;
                    if (target < 0 || !chargesAgainst(events.get(out.get(target).aboutEvent()), d.claimant())
                            || a.evidence().start() > out.get(target).evidence().start()) target = j;
                }
            }
            // "Moscow denied any role in the depot blast" in the lead, the accusation told after it
            if (target < 0) {
                for (int j = 0; j < out.size(); j++) {
                    Claim a = out.get(j);
                    int ahead = a.evidence().sentenceIndex() - d.evidence().sentenceIndex();
                    if (!a.stance().equals("assert") || ahead <= 0 || ahead > LEAD_REACH || a.aboutEvent() == null
                            || sameSide(a.claimant(), d.claimant())) continue;
                    target = j;
                    break;
                }
            }
            if (target < 0) continue;
            Claim a = out.get(target);
            String about = d.aboutEvent() != null ? d.aboutEvent() : a.aboutEvent();
            out.set(i, new Claim(d.id(), d.claimant(), d.stance(), d.text(), about, a.id(), d.citation(), d.status(), d.evidence()));
            // an assertion several denials answer points at the first of them
            if (a.contradicts() == null) out.set(target, a.withContradicts(d.id()));
        }
        return out;
    }

    /**
     * Prefers a claim in the denial's own sentence; else the story's main allegation: the earliest claim before it
     * that is about an event, then the earliest at all. Denials in news answer the lead allegation.
     */
    private static boolean better(Claim candidate, Claim current, Claim denial) {
        int ds = denial.evidence().sentenceIndex();
        // "rejected the Ugandan allegations": a bare mention of a claim stands for the allegation told before it
        boolean cs = candidate.evidence().sentenceIndex() == ds && !bareMention(candidate);
        boolean us = current.evidence().sentenceIndex() == ds && !bareMention(current);
        if (cs != us) return cs;
        if (cs) return candidate.evidence().start() > current.evidence().start();
        boolean ce = candidate.aboutEvent() != null, ue = current.aboutEvent() != null;
        if (ce != ue) return ce;
        return candidate.evidence().start() < current.evidence().start();
    }

    /** An accusation (CAMEO 11) whose accused is of the given actor's country. */
    private static boolean chargesAgainst(Event e, Actor accused) {
        return e != null && accused != null && accused.country() != null && e.root().equals("11")
                && e.actor2() != null && accused.country().equals(e.actor2().country());
    }

    /** "the Ugandan allegations", "these claims": a claim named without saying what it claims. */
    private static boolean bareMention(Claim c) {
        return c.aboutEvent() == null && c.text().trim().split("\\s+").length <= 4;
    }

    /** The state's organs are one side; rebels, opposition and others of the same country are another. */
    private static boolean sameSide(Actor a, Actor b) {
        return a != null && b != null && a.country() != null && a.country().equals(b.country())
                && side(a.sector()).equals(side(b.sector()));
    }

    private static final java.util.Set<String> STATE_SECTORS = java.util.Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "MED");

    private static String side(String sector) {
        return sector == null || STATE_SECTORS.contains(sector) ? "state" : sector;
    }

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
            boolean ofCharge = denied != null && chargesAgainst(eventsById.get(denied.aboutEvent()), c.claimant());
            if (!ofCharge && (c.aboutEvent() == null || !material(eventsById.get(c.aboutEvent())))
                    && (denied == null || denied.aboutEvent() == null || !material(eventsById.get(denied.aboutEvent())))) {
                fallback = deniedIncident(events, c);
            }
            for (String id : new String[]{c.aboutEvent(), denied == null ? null : denied.aboutEvent(), fallback}) {
                Event e = id == null ? null : eventsById.get(id);
                // an accusation happened even when the accused denies it: the denial is of the act accused
                if (e == null || !material(e)) continue;
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
                if (xVictimReports && yVictimReports && opposed && sameDay(x, y)) {
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

    /** A monitoring group, a charity or an international body: it tells what happened, it is no side of it. */
    private static boolean observer(Actor a) {
        return a.sector() != null && OBSERVER_SECTORS.contains(a.sector());
    }

    private static final Set<String> OBSERVER_SECTORS = Set.of("NGO", "IGO");

    /** The act an accusation charges: a hostile act of its sentence done by the side it accuses. */
    private static boolean charged(Event accusation, Event x) {
        return x.evidence().sentenceIndex() == accusation.evidence().sentenceIndex() && hostile(x) && accusation.actor2() != null
                && Incidents.doer(x) != null && Objects.equals(Incidents.doer(x).country(), accusation.actor2().country());
    }

    private static boolean hostile(Event e) {
        return Integer.parseInt(e.root()) >= 17;
    }

    /** Force, coercion and material acts (aid given, arms sent): what a denial can deny, unlike a statement or an accusation. */
    private static boolean material(Event e) {
        return e != null && (Integer.parseInt(e.root()) >= 15 || e.root().equals("07"));
    }

    /** Two accounts of one incident may date it a day or two apart ("over the weekend", "on Sunday"). */
    private static boolean nearDays(Event a, Event b) {
        if (a.date() == null || b.date() == null || a.date().precision() > 1 || b.date().precision() > 1) return sameDay(a, b);
        return Math.abs(a.date().firstDay().toEpochDay() - b.date().firstDay().toEpochDay()) <= 2;
    }

    private static boolean sameDay(Event a, Event b) {
        if (a.date() == null || b.date() == null) return true;
        String da = a.date().toString(), db = b.date().toString();
        return da.startsWith(db) || db.startsWith(da);
    }

    /** Two reports in one article of one incident: both violent, same target country (or unknown), dates overlapping. */
    private static boolean sameIncident(Event a, Event b) {
        if (!hostile(a) || !hostile(b)) return false;
        String ta = a.actor2() == null ? null : a.actor2().country(), tb = b.actor2() == null ? null : b.actor2().country();
        if (ta != null && tb != null && !ta.equals(tb)) return false;
        // "Rebels shelled the town; the army denied shelling it": a denial of one side's act says nothing of the other's
        Actor da = Incidents.doer(a), db = Incidents.doer(b);
        if (da != null && db != null && !Incidents.side(da).equals(Incidents.side(db))) return false;
        return nearDays(a, b);
    }

    /** The country an event's teller blames: the doer's, when the teller is not the doer's own side. */
    private static String blamed(Event e) {
        String doer = Incidents.doer(e).country(), teller = reporterCountry(e);
        return doer == null || teller == null || doer.equals(teller) ? null : doer;
    }

    private static String reporterCountry(Event e) {
        return e.reportedBy() == null ? null : e.reportedBy().country();
    }
}
