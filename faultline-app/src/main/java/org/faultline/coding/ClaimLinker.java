package org.faultline.coding;

import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
import org.faultline.model.Actor;
import org.faultline.model.Claim;
import org.faultline.model.Event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Links each denial to the claim it contradicts (the pair point at each other), and competing versions of one
 * incident to each other; {@link StatusChooser} derives the events' status from the links.
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
                // admission, not another version, unless that side disputes the story elsewhere in the article; a
                // side claiming an attack whose victims named no attacker ("the group was behind it") admits it too
                boolean admits = own.actor1() != null && c.claimant().country().equals(own.actor1().country())
                        && (doer == null || c.claimant().country().equals(doer)) && (own.actor2() == null || told.actor2() == null
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
    static boolean chargesAgainst(Event e, Actor accused) {
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

    /** A monitoring group, a charity or an international body: it tells what happened, it is no side of it. */
    static boolean observer(Actor a) {
        return a.sector() != null && OBSERVER_SECTORS.contains(a.sector());
    }

    private static final Set<String> OBSERVER_SECTORS = Set.of("NGO", "IGO");

    /** Force, coercion and material acts (aid given, arms sent): what a denial can deny, unlike a statement or an accusation. */
    static boolean material(Event e) {
        return e != null && (Integer.parseInt(e.root()) >= 15 || e.root().equals("07"));
    }

    /** Two accounts of one incident may date it a day or two apart ("over the weekend", "on Sunday"). */
    static boolean nearDays(Event a, Event b) {
        if (a.date() == null || b.date() == null || a.date().precision() > 1 || b.date().precision() > 1) return sameDay(a, b);
        return Math.abs(a.date().firstDay().toEpochDay() - b.date().firstDay().toEpochDay()) <= 2;
    }


    static boolean sameDay(Event a, Event b) {
        if (a.date() == null || b.date() == null) return true;
        String da = a.date().toString(), db = b.date().toString();
        return da.startsWith(db) || db.startsWith(da);
    }
}
