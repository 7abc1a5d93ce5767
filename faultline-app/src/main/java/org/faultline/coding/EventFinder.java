package org.faultline.coding;

import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
import org.faultline.lexicon.VerbEntry;
import org.faultline.lexicon.VerbLexicon;
import org.faultline.model.Actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who did what to whom in one parsed sentence: each verb (with its particle, object noun and
 * preposition) or event noun the verb lexicon knows becomes an event; the subject is the source, the
 * object or the preposition's object the target. Handles passives ("was shelled by X"), coordinated
 * subjects ("Rabat and Madrid signed"), shared subjects of coordinated and infinitive verbs, relative
 * clauses and nominal events ("clashes between A and B", "an Israeli airstrike on X").
 */
final class EventFinder extends VerbActs {
    EventFinder(VerbLexicon verbs, CueLexicon cues, ActorLocator locator, boolean petrarch) {
        super(verbs, cues, locator, petrarch);
    }

    List<RawEvent> find(SentenceContext ctx) {
        this.ctx = ctx;
        ParseTree t = ctx.tree();
        List<RawEvent> out = new ArrayList<>();
        Set<Integer> consumedNouns = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            if (ctx.inCitation(t.begin(i))) continue;
            // a "noun" with a subject is a verb the tagger missed: "analysts ... appeal to Moscow"
            boolean verb = t.isVerb(i) || (t.pos(i).startsWith("NN") && t.child(i, "nsubj") >= 0);
            if (verb && !verbs.verbs(t.lemma(i)).isEmpty()) verbEvents(t, i, out, consumedNouns);
        }
        for (int i = 0; i < t.size(); i++) {
            if (ctx.inCitation(t.begin(i)) || consumedNouns.contains(i)) continue;
            if (t.pos(i).startsWith("NN") && !verbs.nouns(t.lemma(i)).isEmpty()) nounEvents(t, i, out);
        }
        sponsoredActs(t, out);
        requests(t, out);
        return blockedByForces(mutualTalks(t, obligations(t, intentions(t, withoutResults(t, out)))));
    }

    private static final String CLAIM_RESPONSIBILITY = "015";
    private static final int MATERIAL_CONFLICT = 17;

    /**
     * "The front claimed responsibility for the bombing of a police convoy": the claim names the act's doer (see
     * {@link NounActs#ownerOf}), so the act is the one event; the claim of responsibility (CAMEO 015) is told as the
     * act's, not as a second code for the sentence. A claim with no act told under it stays 015. (Faultline's conventions;
     * PETRARCH codes the sentence's claim.)
     */
    static List<RawEvent> claimedActs(ParseTree t, List<RawEvent> raw) {
        List<RawEvent> out = new ArrayList<>(raw.size());
        for (RawEvent e : raw) {
            boolean claimed = e.code().equals(CLAIM_RESPONSIBILITY) && raw.stream().anyMatch(x -> x != e
                    && Integer.parseInt(x.code().substring(0, 2)) >= MATERIAL_CONFLICT && t.dominates(e.token(), x.token()));
            if (!claimed) out.add(e);
        }
        return out;
    }

    /**
     * CAMEO's protest (14) is civilian. An armed body's "protest" is a military move: "the army blocked the road", "the
     * patrol was blocked by border troops" restrict movement (191); "the militia marched on the capital" is a show of
     * force (150).
     */
    private static List<RawEvent> blockedByForces(List<RawEvent> raw) {
        List<RawEvent> out = new ArrayList<>(raw.size());
        for (RawEvent e : raw) {
            boolean forces = e.actor1() != null && e.actor1().sector() != null && ARMED_SECTORS.contains(e.actor1().sector());
            String code = !forces || !e.code().startsWith(PROTEST_ROOT) ? e.code() : e.code().equals(OBSTRUCT) ? RESTRICT_MOVEMENT : FORCE_POSTURE;
            out.add(code.equals(e.code()) ? e : new RawEvent(e.token(), code, e.actor1(), e.actor2(), e.nominal()));
        }
        return out;
    }

    /**
     * "'The rebels must hand back the town,' the governor said", "Lagos said Accra should withdraw its troops": a
     * cooperative act someone says another side must do is a demand (CAMEO 10) of the speaker on that side.
     */
    private List<RawEvent> obligations(ParseTree t, List<RawEvent> raw) {
        List<RawEvent> out = new ArrayList<>();
        for (RawEvent e : raw) {
            String demand = DEMANDS.get(e.code().startsWith("087") ? "087" : e.code().substring(0, 2));
            boolean obliged = !e.nominal() && demand != null && e.actor1() != null && e.actor1().country() != null && obliged(t, e.token());
            Actor speaker = obliged ? speakerOf(t, e.token()) : null;
            if (speaker == null || speaker.country() == null || speaker.country().equals(e.actor1().country())) {
                // an obligation let through without its target, which no one demands, is no event
                if (e.nominal() || e.actor2() != null || !obliged(t, e.token()) || !needsTarget(e.code().substring(0, 2))) out.add(e);
                continue;
            }
            out.add(new RawEvent(e.token(), demand, speaker, e.actor1(), false));
        }
        return out;
    }

    /**
     * "bombarded Aleppo overnight, killing at least eight people": a participle of violence after the act it
     * results from is that act's toll, wherever the parser hung it.
     */
    private List<RawEvent> withoutResults(ParseTree t, List<RawEvent> raw) {
        List<RawEvent> out = new ArrayList<>();
        for (RawEvent e : raw) {
            boolean participle = !e.nominal() && t.pos(e.token()).equals("VBG") && e.code().compareTo("18") >= 0
                    && !t.relIs(e.token(), "root") && t.child(e.token(), "nsubj") < 0;
            boolean after = raw.stream().anyMatch(x -> x.token() < e.token() && !x.nominal() && x.code().compareTo("18") >= 0);
            if (!(participle && after)) out.add(e);
        }
        return out;
    }

    /**
     * "wants its ally to attack the border post", "urged Iran to halt": a request of another side is an appeal
     * (CAMEO 02), or a demand (10) when ordered, aimed at the one asked, coded by the act asked for.
     */
    private void requests(ParseTree t, List<RawEvent> out) {
        for (int h = 0; h < t.size(); h++) {
            if (!REQUEST_VERBS.contains(t.lemma(h)) || !t.isVerb(h)) continue;
            final int head = h;
            if (out.stream().anyMatch(e -> e.token() == head)) continue;
            int obj = t.child(h, "obj"), x = t.child(h, "xcomp");
            if (obj < 0 || x < 0 || negated(t, h)) continue;
            List<Actor> sources = locator.actorsOf(t, subjectOf(t, h));
            List<Actor> targets = locator.actorsOf(t, obj);
            if (sources.isEmpty() || targets.isEmpty()) continue;
            List<VerbEntry> asked = verbs.verbs(t.lemma(x));
            String root = asked.isEmpty() ? "" : asked.get(0).code().substring(0, 2);
            String code = DEMAND_VERBS.contains(t.lemma(h)) ? "100" : APPEALS.getOrDefault(root, "020");
            for (Actor a : limit(sources)) for (Actor b : limit(targets)) out.add(new RawEvent(h, code, a, b, false));
        }
    }

    /**
     * "wants to help Israel", "seeking to deepen a partnership", "wants to attack Switzerland": an act someone
     * means to do is an intent to cooperate (CAMEO 03) or a threat (138), told once, at the verb of intent.
     */
    private List<RawEvent> intentions(ParseTree t, List<RawEvent> raw) {
        List<RawEvent> out = new ArrayList<>();
        Set<Integer> intentHeads = new HashSet<>();
        for (RawEvent e : raw) {
            int h = t.head(e.token());
            if (e.nominal() || h < 0 || !t.relIs(e.token(), "xcomp") || !INTENT_VERBS.contains(t.lemma(h)) || t.child(h, "obj") >= 0) {
                out.add(e);
                continue;
            }
            String root = e.code().substring(0, 2);
            String code = Integer.parseInt(root) >= 18 ? "138" : INTENTS.get(root);
            if (code == null) {
                out.add(e);
                continue;
            }
            intentHeads.add(h);
            out.add(new RawEvent(h, code, e.actor1(), e.actor2(), false));
        }
        // the verb of intent's own entry ("pledged" -> 030) would tell the same intent twice; so does "agreed" when
        // the act agreed to is coded ("agreed to lift the sanctions" is the lifting)
        Set<Integer> complementHeads = new HashSet<>(intentHeads);
        for (RawEvent e : raw) if (!e.nominal() && t.relIs(e.token(), "xcomp") && t.head(e.token()) >= 0) complementHeads.add(t.head(e.token()));
        out.removeIf(e -> complementHeads.contains(e.token()) && !INTENTS.containsValue(e.code()) && !e.code().equals("138")
                && (e.code().startsWith("03") || e.code().startsWith("13") || e.code().startsWith("01")));
        return out;
    }

    /** "held talks with Y", "met with Y": a meeting has two sides, each meeting the other. */
    private List<RawEvent> mutualTalks(ParseTree t, List<RawEvent> raw) {
        List<RawEvent> out = new ArrayList<>(raw);
        for (RawEvent e : raw) {
            if (!e.code().startsWith("04") || e.actor1() == null || e.actor2() == null) continue;
            boolean withWord = false;
            for (int c : t.children(e.token())) if (t.preposition(c).equals("with")) withWord = true;
            int obj = t.child(e.token(), "obj");
            if (obj >= 0) for (int c : t.children(obj)) if (t.preposition(c).equals("with")) withWord = true;
            // PETRARCH codes "met with Y" from the subject only, "held talks with Y" both ways
            if (petrarch && obj < 0) withWord = false;
            boolean reverse = raw.stream().anyMatch(x -> x.token() == e.token() && x.actor1() == e.actor2() && x.actor2() == e.actor1());
            if (withWord && !reverse) out.add(new RawEvent(e.token(), e.code(), e.actor2(), e.actor1(), e.nominal()));
        }
        return out;
    }
}
