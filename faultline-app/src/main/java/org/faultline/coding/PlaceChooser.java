package org.faultline.coding;

import org.faultline.model.Place;
import org.faultline.model.PlaceMention;
import org.faultline.model.ActorMention;

/** Chooses where an event happened: the sentence's most precise place that is the scene, not part of an actor's name. */
final class PlaceChooser {
    private PlaceChooser() {}

    static Place placeOf(SentenceContext ctx, RawEvent raw) {
        ParseTree t = ctx.tree();
        return bestPlace(ctx, p -> {
            int k = ctx.tokenAt(p.start());
            int rank = p.place().precision() * 100;
            if (k >= 0 && t.dominates(raw.token(), k)) rank -= 50;
            // "Baku set up the checkpoint": a capital standing for its government is an actor, not the scene
            if (insideActor(ctx, p) && (p.place().precision() == 3 || isSubjectOrAgent(t, k))) rank += 1000;
            // a dateline's city ("MOGADISHU, Aug 14 (Reuters) -") is where the story was filed
            if (k >= 0 && t.head(k) < -1) rank += 500;
            return rank;
        });
    }

    /** The place where the act happened, for a PETRARCH target: not a place standing inside an actor's name. */
    static Place sceneOf(SentenceContext ctx, RawEvent raw) {
        ParseTree t = ctx.tree();
        return bestPlace(ctx, p -> {
            int k = ctx.tokenAt(p.start());
            if (p.place().country() == null || k < 0 || t.head(k) < -1) return Integer.MAX_VALUE;
            // "Peru's foreign minister met ...": a place in the doer's name is not the scene
            for (int c : t.children(raw.token(), "nsubj", "nsubj:pass", "obl:agent", "csubj")) if (t.dominates(c, k)) return Integer.MAX_VALUE;
            if (insideActor(ctx, p) && !t.dominates(raw.token(), k)) return Integer.MAX_VALUE;
            return p.place().precision() * 100 + (t.dominates(raw.token(), k) ? 0 : 50);
        });
    }

    /** The sentence's place (outside citations) with the lowest rank; {@code Integer.MAX_VALUE} rules a place out. */
    static Place bestPlace(SentenceContext ctx, java.util.function.ToIntFunction<PlaceMention> rank) {
        PlaceMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (PlaceMention p : ctx.places()) {
            if (ctx.inCitation(p.start())) continue;
            int r = rank.applyAsInt(p);
            if (r < bestRank) {
                bestRank = r;
                best = p;
            }
        }
        return best == null ? null : best.place().withName(best.text());
    }

    static boolean isSubjectOrAgent(ParseTree t, int k) {
        return k >= 0 && (t.relIs(k, "nsubj") || t.relIs(k, "nsubj:pass") || t.relIs(k, "obl:agent"));
    }

    static boolean insideActor(SentenceContext ctx, PlaceMention p) {
        for (ActorMention a : ctx.actors()) if (p.start() >= a.start() && p.end() <= a.end()) return true;
        return false;
    }
}
