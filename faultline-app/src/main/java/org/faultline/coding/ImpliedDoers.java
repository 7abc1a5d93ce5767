package org.faultline.coding;

import org.faultline.model.Actor;
import org.faultline.model.Event;

import java.util.List;

/**
 * Implied doers: violence told with no doer, in a sentence that names no side but its victims, takes the doer of the
 * violent act with a named doer told just before it (its incident's own sentences). It remembers that act as the
 * article is coded, sentence by sentence.
 */
final class ImpliedDoers {
    private Event lastNamedViolence;
    private boolean lastViolenceTwoWay;

    /** The act with the doer its incident names, or the act itself. */
    RawEvent apply(RawEvent raw, SentenceContext ctx, List<RawEvent> sentenceActs) {
        return impliedDoer(raw, ctx, lastNamedViolence, lastViolenceTwoWay, sentenceActs);
    }

    /** Why the doer was implied, for the event's reasons. */
    String why() {
        return Incidents.IMPLIED_DOER + " (sentence " + (lastNamedViolence.evidence().sentenceIndex() + 1) + ")";
    }

    /** Remembers the sentence's violent acts with a named doer (not implied ones). */
    void note(List<Event> here) {
        for (Event e : here) {
            if (Integer.parseInt(e.root()) >= 18 && named(e.actor1())
                    && !Incidents.implied(e)) {
                lastNamedViolence = e;
                lastViolenceTwoWay = here.stream().anyMatch(x -> x != e && Integer.parseInt(x.root()) >= 18 && named(x.actor1())
                        && x.actor2() != null && e.actor2() != null && Incidents.side(x.actor1()).equals(Incidents.side(e.actor2()))
                        && Incidents.side(x.actor2()).equals(Incidents.side(e.actor1()))
                        && !Incidents.side(e.actor1()).equals(Incidents.side(e.actor2())));
            }
        }
    }

    /** How many sentences back an act's own incident may have named its doer. */
    private static final int IMPLIED_REACH = 3;

    private static boolean named(Actor a) {
        return a != null && a.country() != null && !a.code().startsWith("---");
    }

    /**
     * "Rebels and soldiers clashed near the dam. Two policemen died." / "Jets bombed the town, the army said. A
     * resident said one bomb hit a school.": violence told with no doer, in a sentence that names no side but those of
     * a violent act with a named doer told just before, is that incident's, and its doer is that act's doer (or, when
     * the victims are the doer's own side, the side it fought).
     */
    private static RawEvent impliedDoer(RawEvent raw, SentenceContext ctx, Event last, boolean twoWay, List<RawEvent> sentenceActs) {
        if (raw.actor1() != null || last == null || Integer.parseInt(raw.code().substring(0, 2)) < 18) return raw;
        int gap = ctx.sentence().index() - last.evidence().sentenceIndex();
        if (gap <= 0 || gap > IMPLIED_REACH) return raw;
        // a sentence that tells violence of a named doer tells its own incident
        for (RawEvent other : sentenceActs) {
            if (other != raw && other.actor1() != null && Integer.parseInt(other.code().substring(0, 2)) >= 18) return raw;
        }
        // the sentence names no side that could have acted: only the victims, witnesses and the press
        for (var m : ctx.actors()) {
            Actor a = m.actor();
            if (a.country() == null || "MED".equals(a.sector())) continue;
            if (Incidents.side(a).endsWith(" people")) continue;
            if (raw.actor2() != null && Incidents.side(a).equals(Incidents.side(raw.actor2()))) continue;
            return raw;
        }
        Actor doer = last.actor1(), other = last.actor2();
        Actor target = raw.actor2();
        // "Two policemen died in the clashes": the victims' side was hit by the side it fought
        if (target != null && other != null && Incidents.side(target).equals(Incidents.side(doer))
                && !Incidents.side(other).equals(Incidents.side(doer))) {
            Actor swap = doer;
            doer = other;
            other = swap;
        }
        if (target != null && Incidents.side(target).equals(Incidents.side(doer))) return raw;
        // "Two rockets struck a clinic" after a clash: either side may have fired; only the victims' side tells which
        if (twoWay && (target == null || (!Incidents.side(target).equals(Incidents.side(other))))) return raw;
        return new RawEvent(raw.token(), raw.code(), doer, target != null ? target : other, raw.nominal());
    }
}
