package org.faultline.coding;

import org.faultline.lexicon.CountryDomains;
import org.faultline.model.Actor;
import org.faultline.model.Citation;
import org.faultline.model.Mentions;
import org.faultline.model.Sentence;

import java.util.function.IntFunction;

/**
 * Chooses who reports an event: the speaker of the frame that tells it, the actor of a verbal act, the speaker of the
 * quotation it stands in, the accuser of a charged act, else the outlet of the citation that covers it.
 */
final class ReporterChooser {
    private final CountryDomains domains;
    private final Rewrites rewrites;

    ReporterChooser(CountryDomains domains, Rewrites rewrites) {
        this.domains = domains;
        this.rewrites = rewrites;
    }

    Actor reporterOf(SentenceContext ctx, RawEvent raw, Frames.Frame frame, Citation citation, Mentions m,
                     ActorLocator locator, IntFunction<String> contextCountry) {
        ParseTree t = ctx.tree();
        // "..., a presidential spokesman said": a speaker no dictionary places reports as the claim names it
        Actor reporter = frame == null ? null : ClaimFinder.speaker(ctx, frame, m, !frame.deny());
        String root = raw.code().substring(0, 2);
        if (reporter == null && isVerbalAct(root) && raw.actor1() != null) reporter = raw.actor1();
        // inside a quotation the speaker tells it; an act an accusation charges is told by the accuser
        if (reporter == null) reporter = locator.speaker(t.begin(raw.token()));
        if (reporter == null && raw.nominal() && t.head(raw.token()) >= 0 && rewrites.accusation(t, t.head(raw.token())))
            reporter = locator.actorOf(t, t.child(t.head(raw.token()), "nsubj"));
        if (reporter == null && citation != null) reporter = outletActor(citation.outlet());
        if (reporter != null) reporter = ClaimFinder.withContextCountry(reporter, contextCountry.apply(ctx.sentence().index()));
        return reporter;
    }

    /**
     * A sentence without a citation of its own is covered by the next citation of its paragraph: analysis pieces
     * cite once at the end of a run of sentences drawn from one source.
     */
    static Citation paragraphCitation(Mentions m, Sentence s) {
        String text = m.article().text();
        Citation best = null;
        for (Citation c : m.citations()) {
            if (c.evidence() == null || c.evidence().start() < s.end()) continue;
            if (text.substring(s.end(), c.evidence().start()).contains("\n")) continue;
            if (best == null || c.evidence().start() < best.evidence().start()) best = c;
        }
        return best;
    }

    /** Statements, appeals, demands, accusations and the like: the actor who makes them reports them. */
    static boolean isVerbalAct(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 || (r >= 10 && r <= 13) || r == 16;
    }

    /** An outlet named in a citation, as a media actor; a country-code domain gives its country. */
    Actor outletActor(String outlet) {
        String country = domains.countryOf(outlet);
        return new Actor(outlet, country, "MED", null, (country == null ? "---" : country) + "MED");
    }
}
