package org.faultline.coding;

import org.faultline.model.Actor;
import org.faultline.model.Mentions;
import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
import org.faultline.lexicon.VerbLexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites of a found act by the frame that tells it: a side announcing its own attack threatens or claims it; under
 * PETRARCH's conventions another side's report of an act is an accusation; an act its own doer denies is no event.
 */
final class Rewrites {
    private final VerbLexicon verbs;
    private final CueLexicon cues;
    private final StatusCues status;

    Rewrites(VerbLexicon verbs, CueLexicon cues, StatusCues status) {
        this.verbs = verbs;
        this.cues = cues;
        this.status = status;
    }

    /**
     * "The spokesman said they would keep up their attacks": force announced by the side that would use it is a threat
     * (CAMEO 138), which has happened, not a forecast attack.
     */
    RawEvent asThreat(ParseTree t, RawEvent raw, List<Frames.Frame> frames, ActorLocator locator) {
        int root = Integer.parseInt(raw.code().substring(0, 2));
        if (raw.actor1() == null) return raw;
        for (Frames.Frame f : frames) {
            if (f.deny() || !f.covers(t, raw.token()) || f.reporter() == null) continue;
            // "A and B said they will attack": each speaker speaks of its own act
            boolean ownAct = java.util.Objects.equals(f.reporter().country(), raw.actor1().country())
                    || (f.subject() >= 0 && locator.actorsOf(t, f.subject()).stream().anyMatch(a -> a.code().equals(raw.actor1().code())));
            if (!ownAct) continue;
            boolean future = status.forecast(t, raw.token());
            // "X claimed that it had attacked Y": a side claiming its own attack claims responsibility (015)
            if (root >= 18 && !future && t.lemma(f.verb()).equals("claim")) {
                return new RawEvent(f.verb(), "015", raw.actor1(), raw.actor2(), raw.nominal());
            }
            if (root >= 18 && future) return new RawEvent(f.verb(), "138", raw.actor1(), raw.actor2(), raw.nominal());
            // "Israel announced it would free 150 prisoners": a side announcing its own cooperative act states an intent
            // a meeting announced for a date is the meeting, forecast (it has a day of its own to be held on)
            String intent = raw.code().startsWith("04") ? null : EventFinder.INTENTS.get(raw.code().substring(0, 2));
            if (future && intent != null) return new RawEvent(f.verb(), intent, raw.actor1(), raw.actor2(), raw.nominal());
        }
        return raw;
    }

    /**
     * PETRARCH: "the report alleged that the minister knew of the plan": an allegation is an accusation (112)
     * of the one the alleged clause is about, though nothing it alleges is an act of its own.
     */
    List<RawEvent> allegations(ParseTree t, List<Frames.Frame> frames, List<RawEvent> found, ActorLocator locator,
                                       SentenceContext ctx, Mentions m) {
        List<RawEvent> out = new ArrayList<>();
        for (Frames.Frame f : frames) {
            if (f.deny() || f.scope() < 0 || !verbs.verbs(t.lemma(f.verb())).stream().anyMatch(e -> e.code().equals("112"))) continue;
            if (found.stream().anyMatch(e -> f.covers(t, e.token()) && Integer.parseInt(e.code().substring(0, 2)) >= 13)) continue;
            Actor reporter = f.reporter() != null ? f.reporter() : ClaimFinder.author(ctx, f.subject(), m);
            Actor accused = locator.actorOf(t, t.child(f.scope(), "nsubj"));
            if (reporter != null && accused != null && !java.util.Objects.equals(reporter.country(), accused.country()))
                out.add(new RawEvent(f.verb(), "112", reporter, accused, false));
        }
        return out;
    }

    /**
     * PETRARCH: "Kenya said a rocket was fired at it from Somalia", "the ministry claimed that the rebels had attacked the town":
     * a conflictual act another side reports is that side's accusation (CAMEO 112) against the one it says acted.
     */
    static RawEvent asAccusation(ParseTree t, RawEvent raw, List<Frames.Frame> frames, ActorLocator locator,
                                         SentenceContext ctx, Mentions m) {
        int root = Integer.parseInt(raw.code().substring(0, 2));
        if (root < 13) return raw;
        for (Frames.Frame f : frames) {
            // only "X said (that) S": a source named after the report ("S, officials said") only attributes it
            boolean forward = f.verb() < raw.token() && (f.scope() == Frames.Frame.REST_OF_SENTENCE
                    || (f.scope() >= 0 && t.head(f.scope()) == f.verb()) || t.relIs(f.verb(), "csubj", "csubj:pass"));
            if (f.deny() || !forward || !f.covers(t, raw.token()) || f.subject() < 0 || f.subject() > f.verb()) continue;
            Actor reporter = f.reporter() != null ? f.reporter() : ClaimFinder.author(ctx, f.subject(), m);
            if (reporter == null) continue;
            // "A and B said they will attack C": what the speakers say of themselves is no accusation
            List<Actor> speakers = locator.actorsOf(t, f.subject());
            if (raw.actor1() != null && (java.util.Objects.equals(reporter.country(), raw.actor1().country())
                    || speakers.stream().anyMatch(a -> a.code().equals(raw.actor1().code())))) return raw;
            return new RawEvent(f.verb(), "112", reporter, raw.actor1(), false);
        }
        return raw;
    }

    /** "Moscow denied targeting civilians": an act its own doer denies, and no one else claims, is no event. */
    boolean selfDenied(ParseTree t, RawEvent raw, List<Frames.Frame> frames) {
        if (raw.actor1() == null || raw.code().startsWith("12")) return false;
        // someone else's report of it stands: "Ukraine reported that Russian missiles struck ..., a charge Moscow denied",
        // "Azerbaijan's allegations that Armenia opened fire are false"
        for (Frames.Frame f : frames) if (!f.deny() && f.reporter() != null && f.covers(t, raw.token())) return false;
        for (int a : t.ancestors(raw.token())) if (t.pos(a).startsWith("NN") && cues.contains(CueKind.CLAIM, t.lemma(a))) return false;
        for (Frames.Frame f : frames) {
            if (f.deny() && f.scope() != Frames.Frame.REST_OF_SENTENCE && f.covers(t, raw.token()) && f.reporter() != null
                    && java.util.Objects.equals(f.reporter().country(), raw.actor1().country())) return true;
        }
        return false;
    }

    /** "accused", "blamed": a verb the lexicon codes as disapproval or accusation (CAMEO 11). */
    boolean accusation(ParseTree t, int verb) {
        for (var e : verbs.verbs(t.lemma(verb))) if (e.code().startsWith("11")) return true;
        return false;
    }
}
