package org.faultline.coding;

import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
import org.faultline.model.Actor;
import org.faultline.model.Claim;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Mentions, then events: every act the sentence rules find is a mention; the mentions of one incident told by one
 * source become one event, and the events (one per source or account) of one incident share an incident id.
 * <p>
 * "Gunmen attacked a police post on Sunday. ... The attack on the post was the third this month." is one event with
 * two mentions; "The army said rebels shelled the town. The rebels said the army shelled it first." is two events,
 * two accounts of one incident.
 */
final class Incidents {
    /** What a merge step records in the event's reasons. */
    static final String MERGED = "merge:same-incident-same-source";
    static final String DATE_FROM_PUBLICATION = "date:publication-day";
    static final String DATE_CARRIED = "date:carried-from-story";
    static final String NOMINAL = "form:event-noun";
    static final String IMPLIED_DOER = "actor:implied-from-incident";
    static final String REFERS_BACK = "form:refers-back (cues.txt ANAPHOR)";
    static final String CONJOINED = "form:conjoined-act";

    private Incidents() {}

    /** The events after merging, and the claims with their {@code about_event} pointing at the merged events. */
    record Result(List<Event> events, List<Claim> claims) {}

    /**
     * @param secondary sentences that only repeat what the body tells (headlines, captions): their mentions never
     *                  stand for an event while a body sentence tells the same one
     */
    static Result merge(List<Event> events, List<Claim> claims, IntPredicate secondary) {
        return merge(events, claims, secondary, i -> false);
    }

    /** @param caption photo captions: an act only a caption tells (a file photo's scene) is no event of the story */
    static Result merge(List<Event> events, List<Claim> claims, IntPredicate secondary, IntPredicate caption) {
        List<List<Event>> groups = new ArrayList<>();
        for (Event e : events) {
            List<Event> home = null;
            // the nearest account told before it: "the attack" restates the last attack named
            for (int g = groups.size() - 1; g >= 0 && home == null; g--) {
                if (groups.get(g).stream().allMatch(x -> sameAccount(x, e, secondary) && restates(x, e, secondary)
                        && !conjoinedApart(x, e))) home = groups.get(g);
            }
            // "The minister condemned the attack": a definite event noun with no doer of its own adds a mention to
            // the last act of its kind, whoever speaks of it
            if (home == null && implicit(e) && (e.actor1() == null || implied(e)) && e.why().contains(REFERS_BACK)) {
                for (int g = groups.size() - 1; g >= 0 && home == null; g--) {
                    Event first = groups.get(g).get(0);
                    if (family(first).equals(family(e)) && first.evidence().sentenceIndex() < e.evidence().sentenceIndex()
                            && compatible(first.actor2(), e.actor2())) home = groups.get(g);
                }
            }
            // a restatement with no act before it to restate names no one: it is no event of its own
            if (home == null && bareRestatement(e)) continue;
            if (home == null) groups.add(home = new ArrayList<>());
            home.add(e);
        }
        Map<String, String> renamed = new HashMap<>();
        List<Event> merged = new ArrayList<>();
        for (List<Event> g : groups) {
            if (g.stream().allMatch(x -> caption.test(x.evidence().sentenceIndex()))) {
                for (Event x : g) renamed.put(x.id(), null);
                continue;
            }
            Event best = g.stream().max(Comparator.comparingInt((Event x) -> informative(x, secondary))
                    .thenComparing(x -> -x.evidence().start())).orElseThrow();
            Event one = combine(best, g);
            for (Event x : g) renamed.put(x.id(), one.id());
            merged.add(one);
        }
        merged.sort(Comparator.comparingInt(e -> e.evidence().start()));
        List<Event> out = IncidentIds.assign(merged);
        List<Claim> cl = new ArrayList<>();
        for (Claim c : claims) {
            String about = c.aboutEvent() == null || !renamed.containsKey(c.aboutEvent()) ? c.aboutEvent() : renamed.get(c.aboutEvent());
            cl.add(Objects.equals(about, c.aboutEvent()) ? c
                    : new Claim(c.id(), c.claimant(), c.stance(), c.text(), about, c.contradicts(), c.citation(), c.status(), c.evidence()));
        }
        return new Result(out, cl);
    }

    /**
     * One mention restates the other: they share a sentence (one act coded twice), one stands in a headline or a
     * caption, or one names no doer or tells the act by its noun ("the shelling"). Two sentences that each name
     * who acted with a verb of their own ("Rebels fired on the post. Later rebels shelled the village.") are two acts.
     */
    private static boolean restates(Event a, Event b, IntPredicate secondary) {
        int sa = a.evidence().sentenceIndex(), sb = b.evidence().sentenceIndex();
        if (sa == sb || secondary.test(sa) || secondary.test(sb)) return true;
        // a restatement follows what it restates closely; further on, "those attacks" are others of the same kind
        return (implicit(a) || implicit(b)) && Math.abs(sa - sb) <= RESTATEMENT_REACH;
    }

    /**
     * "launched two strikes on the depot and four raids on the barracks": a conjoined act (EventFinder codes each
     * conjunct of a light verb's act noun at its own token) is a different act from the others its sentence tells,
     * though code and sides agree; only a mention from another sentence (a headline, a restatement) joins it.
     */
    private static boolean conjoinedApart(Event a, Event b) {
        return a.evidence().sentenceIndex() == b.evidence().sentenceIndex() && (a.why().contains(CONJOINED) || b.why().contains(CONJOINED));
    }

    /** How many sentences apart a restatement may stand from the act it restates. */
    static final int RESTATEMENT_REACH = 4;

    /** The doer the mention names itself: an implied one is a guess that keeps no mentions of the text apart. */
    static Actor doer(Event e) {
        return implied(e) ? null : e.actor1();
    }

    /**
     * "the attack", "this shelling": an event noun whose determiner ({@code cues.txt} ANAPHOR) points back at an act
     * already told.
     */
    static boolean refersBack(ParseTree t, int noun, CueLexicon cues) {
        return t.children(noun, "det").stream().anyMatch(d -> cues.contains(CueKind.ANAPHOR, t.lemma(d)));
    }

    /** A restatement that names no one ("the clashes calmed down"): it adds a sentence, never a standing or an event. */
    private static boolean bareRestatement(Event e) {
        return e.actor1() == null && e.actor2() == null && e.why().contains(REFERS_BACK);
    }

    /** The doer was taken from the incident's own earlier sentence, not named here. */
    static boolean implied(Event e) {
        return e.why().stream().anyMatch(w -> w.startsWith(IMPLIED_DOER));
    }

    private static boolean implicit(Event e) {
        return e.actor1() == null || e.actor1().code().startsWith("---") || e.why().contains(NOMINAL) || implied(e);
    }

    /** Two mentions tell one event of one source: same kind of act, compatible sides, day, place and reporter. */
    static boolean sameAccount(Event a, Event b, IntPredicate secondary) {
        if (ownLosses(a, b) || ownLosses(b, a)) return true;
        if (!sameIncident(a, b, false)) return false;
        // a headline or a caption tells, in few words and loosely attributed, what the body attributes
        if (secondary.test(a.evidence().sentenceIndex()) || secondary.test(b.evidence().sentenceIndex())) return true;
        return sameSource(a.reportedBy(), b.reportedBy());
    }

    /**
     * "The group said it killed 40 soldiers and lost three of its fighters": violence a side's sentence tells against
     * its own side is the toll of its attack, not an attack of its own.
     */
    private static boolean ownLosses(Event attack, Event losses) {
        if (attack.evidence().sentenceIndex() != losses.evidence().sentenceIndex()) return false;
        if (!family(attack).equals("violence") || !family(losses).equals("violence")) return false;
        if (attack.actor1() == null || losses.actor1() == null || losses.actor2() == null) return false;
        return side(attack.actor1()).equals(side(losses.actor1())) && side(losses.actor1()).equals(side(losses.actor2()))
                && (attack.actor2() == null || !side(attack.actor2()).equals(side(attack.actor1())));
    }

    /**
     * Two events tell one incident: the same kind of act between compatible sides (or the same sides swapped, a
     * competing version), on a compatible day and at a compatible place.
     */
    static boolean sameIncident(Event a, Event b, boolean swappedToo) {
        if (!family(a).equals(family(b))) return false;
        if ((a.status() == EventStatus.FORECAST) != (b.status() == EventStatus.FORECAST)) return false;
        boolean straight = compatible(doer(a), doer(b)) && compatible(a.actor2(), b.actor2());
        boolean swapped = swappedToo && compatible(doer(a), b.actor2()) && compatible(a.actor2(), doer(b));
        if (!straight && !swapped) return false;
        return sameDay(a, b) && samePlace(a.location(), b.location());
    }

    /** Violence of every kind (assault, fight, mass violence) is one kind of act; other roots are their own. */
    static String family(Event e) {
        int root = Integer.parseInt(e.root());
        return root >= 18 ? "violence" : e.root();
    }

    /** Sides, not names: the same country's state forces, its armed groups or its people (an unnamed side fits any). */
    private static boolean compatible(Actor a, Actor b) {
        if (a == null || b == null) return true;
        // a bare country ("a strike in Myanmar") stands for any side of it
        if (a.country() != null && a.country().equals(b.country()) && (a.sector() == null || b.sector() == null)) return true;
        return side(a).equals(side(b));
    }

    /** One source: the same side reports both, or the narrator (no reporter) reports both. */
    private static boolean sameSource(Actor a, Actor b) {
        if (a == null || b == null) return a == b;
        return side(a).equals(side(b));
    }

    /** "AZE state", "SOM armed group", "MMR people", or an organisation's own code. */
    static String side(Actor a) {
        if (a.country() == null) return a.code();
        String sector = a.sector() == null ? "" : a.sector();
        String kind = switch (sector.length() >= 3 ? sector.substring(0, 3) : sector) {
            case "", "GOV", "MIL", "COP", "SPY", "JUD", "LEG", "ELI", "SOF" -> "state";
            case "REB", "INS", "SEP", "UAF", "RAD", "TER", "OPP" -> "armed";
            default -> "people";
        };
        return a.country() + " " + kind;
    }

    /** A date the sentence itself gives must agree; one carried from the story or the publication day need not. */
    private static boolean sameDay(Event a, Event b) {
        PartialDate x = ownDate(a), y = ownDate(b);
        if (x == null || y == null) return true;
        String sx = x.toString(), sy = y.toString();
        return sx.startsWith(sy) || sy.startsWith(sx);
    }

    private static PartialDate ownDate(Event e) {
        return e.why().contains(DATE_FROM_PUBLICATION) || e.why().contains(DATE_CARRIED) ? null : e.date();
    }

    /** Two towns (or regions) of different names are two places; a town lies in its region or country. */
    private static boolean samePlace(Place a, Place b) {
        if (a == null || b == null || a.precision() != b.precision() || a.precision() == 3) return true;
        return a.canonical().equalsIgnoreCase(b.canonical()) || a.aliases().stream().anyMatch(n -> n.equalsIgnoreCase(b.canonical()));
    }

    /** How much a mention tells: a body sentence naming both sides, the day, the place and the toll tells most. */
    private static int informative(Event e, IntPredicate secondary) {
        int score = 0;
        if (!secondary.test(e.evidence().sentenceIndex())) score += 100;
        if (doer(e) != null && !e.actor1().code().startsWith("---")) score += 8;
        if (e.actor2() != null && !e.actor2().code().startsWith("---")) score += 4;
        if (ownDate(e) != null) score += 2;
        if (e.location() != null) score += 2;
        if (e.fatalities() != null) score += 1;
        if (!e.cameo().endsWith("0")) score += 1;
        return score;
    }

    /** The most informative mention stands for the event; the others fill what it leaves open. */
    private static Event combine(Event best, List<Event> group) {
        if (group.size() == 1) return best;
        List<Evidence> mentions = new ArrayList<>();
        EventStatus status = best.status();
        Integer fatalities = best.fatalities();
        Place place = best.location();
        Actor actor1 = best.actor1();
        Actor actor2 = best.actor2();
        Actor reporter = best.reportedBy();
        var citation = best.citation();
        for (Event x : group) {
            if (x == best) continue;
            if (x.evidence().start() != best.evidence().start() && mentions.stream().noneMatch(m -> m.start() == x.evidence().start()))
                mentions.add(x.evidence());
            // a bare restatement ("the clashes calmed down") adds its sentence, not its standing
            if (bareRestatement(x)) continue;
            // a denial or a competing version of any telling holds for the event
            if (x.status() == EventStatus.DENIED || x.status() == EventStatus.CONTESTED) status = x.status().over(status);
            if (fatalities == null) fatalities = x.fatalities();
            if (place == null) place = x.location();
            // "Rebels kill five soldiers" (headline) names the doer the body's "five soldiers were killed" leaves out
            if (actor1 == null) actor1 = x.actor1();
            if (actor2 == null) actor2 = x.actor2();
            if (reporter == null) reporter = x.reportedBy();
            if (citation == null) citation = x.citation();
        }
        mentions.sort(Comparator.comparingInt(Evidence::start));
        List<String> why = new ArrayList<>(best.why());
        why.add(MERGED + " (" + (group.size() - 1) + " more)");
        return new Event(best.id(), best.date(), actor1, actor2, best.cameo(), best.plover(), best.acledType(),
                best.acledSubType(), place, fatalities, reporter, citation, status, best.evidence(), mentions, null, why);
    }
}
