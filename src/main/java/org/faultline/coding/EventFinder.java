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
final class EventFinder {
    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
    private static final Set<String> DEFAULT_TARGET_PREPS = Set.of("against", "on", "at", "with", "to", "upon", "toward",
            "towards", "into", "from", "off");
    /** Verbs whose coordinated subjects act on each other: "A and B met", "A and B clashed". */
    private static final Set<String> ROOTS_OF_MUTUAL_ACTS = Set.of("03", "04", "05", "06", "19");

    private final VerbLexicon verbs;
    private final CueLexicon cues;
    private final ActorLocator locator;
    /** PETRARCH's conventions: an act with no target named is coded, its target found later from the place. */
    private final boolean petrarch;

    EventFinder(VerbLexicon verbs, CueLexicon cues, ActorLocator locator, boolean petrarch) {
        this.verbs = verbs;
        this.cues = cues;
        this.locator = locator;
        this.petrarch = petrarch;
    }

    /** The sentence being coded. */
    private SentenceContext ctx;

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
        requests(t, out);
        return mutualTalks(t, obligations(t, intentions(t, withoutResults(t, out))));
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

    /** Whether an object reads as a RECIPROCAL cue ("each other"). */
    private boolean reciprocal(ParseTree t, int obj) {
        if (obj < 0) return false;
        // the words of the object's phrase up to its head ("each other", not "one another of provoking the unrest")
        int from = obj;
        for (int i : t.subtree(obj)) from = Math.min(from, i);
        StringBuilder words = new StringBuilder();
        for (int i = from; i <= obj; i++) words.append(words.length() == 0 ? "" : " ").append(t.word(i));
        for (List<String> phrase : cues.phrases(CueKind.RECIPROCAL)) if (String.join(" ", phrase).contentEquals(words)) return true;
        return false;
    }

    private boolean obliged(ParseTree t, int v) {
        for (int c : t.children(v, "aux")) if (cues.contains(CueKind.OBLIGATION, t.lemma(c))) return true;
        return false;
    }

    /** Who says the clause of {@code v}: the quotation's speaker, else the subject of the reporting verb it hangs under. */
    private Actor speakerOf(ParseTree t, int v) {
        Actor quoted = locator.speaker(t.begin(v));
        if (quoted != null) return quoted;
        int h = t.head(v);
        if (h >= 0 && t.relIs(v, "ccomp") && cues.contains(CueKind.REPORT, t.lemma(h))) return locator.actorOf(t, subjectOf(t, h));
        return null;
    }

    /** The demand code for the root of the act demanded; 087 (de-escalation) has its own. */
    private static final java.util.Map<String, String> DEMANDS = java.util.Map.of("03", "100", "04", "106", "05", "102",
            "06", "101", "07", "103", "08", "105", "087", "1056");

    /** Whether a place of the sentence lies under the verb ("will meet in Geneva"). */
    private static boolean placedUnder(SentenceContext ctx, int v) {
        ParseTree t = ctx.tree();
        for (var p : ctx.places()) {
            int k = ctx.tokenAt(p.start());
            if (k < 0) continue;
            for (int c : t.children(v, "obl", "nmod", "advmod")) if (t.dominates(c, k)) return true;
        }
        return false;
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

    private static final Set<String> DEMAND_VERBS = Set.of("demand", "order", "press", "pressure", "force");
    /** The appeal code for the root of the act asked for. */
    private static final java.util.Map<String, String> APPEALS = java.util.Map.ofEntries(java.util.Map.entry("04", "026"),
            java.util.Map.entry("05", "022"), java.util.Map.entry("06", "021"), java.util.Map.entry("07", "023"),
            java.util.Map.entry("08", "025"), java.util.Map.entry("18", "021"), java.util.Map.entry("19", "021"),
            java.util.Map.entry("20", "021"));

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

    private static final Set<String> INTENT_VERBS = Set.of("want", "seek", "plan", "intend", "pledge", "promise", "vow",
            "hope", "aim", "offer", "wish", "resolve", "undertake", "commit");
    /** The intent code for the root of the act intended. */
    static final java.util.Map<String, String> INTENTS = java.util.Map.of("04", "036", "05", "032", "06", "031",
            "07", "033", "08", "034");

    boolean negated(ParseTree t, int verb) {
        for (int c : t.children(verb)) {
            if ((t.relIs(c, "advmod", "neg") || t.relIs(c, "det")) && NEGATORS.contains(t.word(c))) return true;
        }
        // "failed to fire", "refrained from firing"
        int h = t.head(verb);
        if (h >= 0 && t.relIs(verb, "xcomp", "advcl") && cues.contains(CueKind.NEGATION, t.lemma(h))) return true;
        // "kept the protesters from marching": what someone was kept from doing did not happen
        if (h >= 0 && t.pos(verb).equals("VBG") && PREVENTING.contains(t.lemma(h))) {
            for (int c : t.children(verb, "mark", "case")) if (t.word(c).equals("from")) return true;
        }
        return false;
    }

    private void verbEvents(ParseTree t, int v, List<RawEvent> out, Set<Integer> consumedNouns) {
        boolean negated = negated(t, v);
        // "peacekeepers, who are deployed there", "information shared by X": background, not the reported act
        if ((t.relIs(v, "acl") && !existentialSubject(t, t.head(v)) && !claimContent(t, v)) || t.relIs(v, "amod")) return;
        // "a militia, one of several formed to fight the army": the purpose of a relative clause is background too
        for (int up = v, depth = 0; depth < 4 && t.relIs(up, "xcomp") && t.head(up) >= 0; depth++) {
            up = t.head(up);
            if (t.relIs(up, "acl:relcl") && !existentialSubject(t, t.head(up))) return;
        }
        // "troops stationed nearby came under attack": a participle without auxiliary, not the main verb, describes its noun
        if (t.pos(v).equals("VBN") && t.child(v, "aux") < 0 && t.child(v, "aux:pass") < 0 && t.child(v, "nsubj") >= 0
                && t.relIs(v, "csubj", "dep", "acl")) return;
        // "X reported that S", "X said S": the report is a claim, the events are in S
        if (cues.contains(CueKind.REPORT, t.lemma(v)) && (t.child(v, "ccomp") >= 0
                || (v + 1 < t.size() && t.word(v + 1).equals("that")))) return;
        VerbEntry entry = null;
        int targetHead = -1;
        // the most specific entry that fits, unless its target names no one and a later one's does
        // ("appealed to Cameroon for help": "appeal for" fits first, "appeal to" finds the target)
        for (VerbEntry e : verbs.verbs(t.lemma(v))) {
            int tgt = fits(t, v, e);
            if (tgt == Integer.MIN_VALUE) continue;
            boolean named = tgt >= 0 && (locator.actorOf(t, tgt) != null || !firstActorInPhrase(t, tgt).isEmpty());
            if (entry == null) {
                entry = e;
                targetHead = tgt;
            }
            if (named || e.targetPreps().isEmpty()) {
                if (named && targetHead >= 0 && locator.actorOf(t, targetHead) == null && firstActorInPhrase(t, targetHead).isEmpty()) {
                    entry = e;
                    targetHead = tgt;
                }
                break;
            }
        }
        if (entry == null) return;
        // "met Iranian officials in Vienna": the place a meeting is held is its target only when no one is met
        if (entry.targetPreps().equals(Set.of("in")) && targetHead >= 0) {
            int other = t.child(v, "obj");
            if (other < 0 || locator.actorOf(t, other) == null) other = obliqueWith(t, v, Set.of("with"));
            if (other >= 0 && locator.actorOf(t, other) != null) targetHead = other;
        }
        if (isResult(t, v, entry) || isRequested(t, v) || underNegation(t, v)
                || (entry.code().compareTo("18") < 0 && isCharge(t, v))) return;
        String code = entry.code();
        if (negated) {
            // "would not provide support": refusing to cooperate is a rejection; other negated acts are no events
            code = REFUSALS.get(code.substring(0, 2));
            if (code == null) return;
        }
        // "X said that ...", "X told Reuters", "X denied": statements and denials are claims, not events
        boolean speech = cues.contains(CueKind.REPORT, t.lemma(v)) || cues.contains(CueKind.DENY, t.lemma(v));
        if (entry.code().startsWith("01") && !entry.code().equals("015") && speech) return;
        // a denial is a claim against another account, never an event of its own
        if (entry.code().startsWith("016")) return;
        int obj = t.child(v, "obj");
        if (obj >= 0 && !entry.objects().isEmpty() && !anyObject(entry)) consumedNouns.add(obj);

        boolean passive = isPassive(t, v);
        // "were forced to open fire", "were ordered to withdraw": the act they were made to do is the event
        if (passive && t.child(v, "xcomp") >= 0) return;
        // "eight were killed and 23 others wounded in the attack": a violent passive joined to another tells the same
        // incident's toll, which the first verb codes
        if (passive && code.compareTo("18") >= 0 && t.relIs(v, "conj") && t.head(v) >= 0 && isPassive(t, t.head(v))
                && verbs.verbs(t.lemma(t.head(v))).stream().anyMatch(x -> x.code().compareTo("18") >= 0)) return;
        List<Actor> sources;
        List<Actor> targets;
        int givenFrom = !passive && RECEIVING_VERBS.contains(t.lemma(v)) && !code.startsWith("04") ? receivedFrom(t, v) : -1;
        if (!passive && targetHead >= 0 && isEventNoun(t, targetHead, entry) && t.preposition(targetHead).equals("under")) {
            // "positions came under (Azerbaijani) fire": the subject suffers, the noun's modifier acts
            targets = locator.actorsOf(t, subjectOf(t, v));
            Actor by = modifierActor(t, targetHead);
            sources = by == null ? List.of() : List.of(by);
            // "came under mortar fire from the other side's units": the fire comes from who fires it
            if (sources.isEmpty()) {
                int from = obliqueWith(t, targetHead, Set.of("from"));
                if (from < 0) from = obliqueWith(t, v, Set.of("from"));
                if (from >= 0) {
                    sources = locator.actorsOf(t, from);
                    if (sources.isEmpty()) sources = firstActorInPhrase(t, from);
                }
            }
        } else if (givenFrom >= 0) {
            // "demonstrators received weapons from the government", "the president faces pressure from the opposition"
            sources = locator.actorsOf(t, givenFrom);
            targets = locator.actorsOf(t, subjectOf(t, v));
        } else if (passive) {
            int agent = agentOf(t, v);
            sources = locator.actorsOf(t, agent);
            if (sources.isEmpty()) {
                // "were killed in an Israeli strike": the strike's modifier is the attacker, and the strike the event
                for (int c : t.children(v, "obl")) {
                    // "in Ethiopian artillery shelling": the event word may modify the oblique's noun
                    int eventWord = eventNounAt(t, c);
                    if (eventWord >= 0) {
                        Actor by = modifierActor(t, c);
                        // "injured in Azeri shelling", parsed with the adjective as the noun and the event word its modifier
                        if (by == null && eventWord != c) by = locator.actorOf(t, c);
                        if (by != null) {
                            sources = List.of(by);
                            String nounCode = eventNounEntries(t, eventWord).get(0).code();
                            if (code.compareTo("18") >= 0 && nounCode.compareTo("18") >= 0) code = nounCode;
                            break;
                        }
                    }
                }
                // "blown up by a missile": violence done with weapons of war is military force
                int weapon = agent >= 0 && sources.isEmpty() && code.startsWith("18") && MILITARY_WEAPONS.contains(t.lemma(agent)) ? agent : -1;
                if (weapon >= 0) code = "190";
                // "a rocket was fired at the post from across the border": violence comes from where it was launched
                if (sources.isEmpty() && code.compareTo("18") >= 0) {
                    int from = obliqueWith(t, v, Set.of("from"));
                    if (from >= 0) {
                        sources = locator.actorsOf(t, from);
                        if (sources.isEmpty()) sources = firstActorInPhrase(t, from);
                    }
                }
            }
            int patient = t.child(v, "nsubj:pass");
            if (patient < 0) patient = inheritedSubject(t, v);
            targets = locator.actorsOf(t, patient);
            // "fire was opened on the Armenian positions": the patient is the act, the preposition names the target
            if ((!entry.targetPreps().isEmpty() || targets.isEmpty()) && targetHead >= 0 && targetHead != patient) {
                List<Actor> named = locator.actorsOf(t, targetHead);
                if (named.isEmpty()) named = firstActorInPhrase(t, targetHead);
                if (!named.isEmpty()) targets = named;
            }
        } else {
            int subj = subjectOf(t, v);
            sources = locator.actorsOf(t, subj);
            targets = locator.actorsOf(t, targetHead);
            if (targets.isEmpty() && targetHead >= 0) {
                // "fired at the positions of X": the target phrase's first actor
                targets = firstActorInPhrase(t, targetHead);
                // "Ukrainian forces shelled Kharkiv": a town of the attacker's own country names no target
                if (code.compareTo("14") >= 0 && targets.size() == 1 && targets.get(0).sector() == null && !sources.isEmpty() && sources.get(0) != null
                        && java.util.Objects.equals(targets.get(0).country(), sources.get(0).country())) targets = List.of();
            }
        }
        // "the station was torched by protesters": destruction by protesters is a violent protest
        int doer = passive ? agentOf(t, v) : subjectOf(t, v);
        if ((code.startsWith("17") || code.startsWith("18")) && doer >= 0 && PROTESTERS.contains(t.lemma(doer).toLowerCase(java.util.Locale.ROOT)))
            code = "145";
        String root = code.substring(0, 2);
        // "the two sides blamed each other": the act goes both ways between the sides the subject names
        if (!passive && reciprocal(t, obj)) {
            List<Actor> pair = sources.size() >= 2 ? sources : locator.pairBefore(t.begin(v));
            if (pair.size() >= 2) {
                for (Actor a : limit(pair)) for (Actor b : limit(pair)) if (a != b) out.add(new RawEvent(v, code, a, b, false));
            }
            return;
        }
        if (sources.isEmpty() && targets.isEmpty()) return;
        // PETRARCH: "A and B will meet in Geneva" is each meeting there, not each other
        boolean mutual = sources.size() > 1 && ROOTS_OF_MUTUAL_ACTS.contains(root) && !(petrarch && placedUnder(ctx, v));
        // "X must withdraw its troops," the minister said: the act's target may be no one, the demand's is X
        boolean obliged = obliged(t, v) && !sources.isEmpty();
        if (targets.isEmpty() && needsTarget(root) && !mutual && !petrarch && !obliged) return;
        if (targets.isEmpty() && mutual) {
            for (Actor a : sources) for (Actor b : sources) if (a != b) out.add(new RawEvent(v, code, a, b, false));
            return;
        }
        if (root.equals("11") && !passive) chargedAct(t, v, targets, out);
        // an act with no one doing it is only worth coding as violence or coercion told in the passive
        if (sources.isEmpty() && Integer.parseInt(root) < 17) return;
        if (sources.isEmpty()) sources = java.util.Collections.singletonList(null);
        if (targets.isEmpty()) targets = java.util.Collections.singletonList(null);
        // PETRARCH: "A and B will meet to discuss their trade": a pronoun naming one of the doers themselves is no target
        if (petrarch && sources.size() > 1 && !targets.isEmpty() && sources.containsAll(targets)) targets = java.util.Collections.singletonList(null);
        for (Actor a : limit(sources)) {
            for (Actor b : limit(targets)) {
                if (a != null && b != null && a.code().equals(b.code()) && a.name().equals(b.name())) {
                    if (obliged) out.add(new RawEvent(v, code, a, null, false));
                    continue;
                }
                out.add(new RawEvent(v, code, a, b, false));
            }
        }
        if (!passive && obj >= 0 && entry.objects().contains(t.lemma(obj))) conjoinedActs(t, v, obj, targetHead, code, sources, out, consumedNouns);
    }

    /**
     * "launched two strikes on the depot and four raids on the barracks", "carried out an attack on X and a raid on Y":
     * an act noun joined to the light verb's object (or, as the parser often has it, to the object's target) is an act
     * of its own, by the verb's subject, against what its own phrase names, or else the verb's next target phrase
     * after it. Each conjunct is coded once here, at its own token; the nominal reading of it is consumed.
     */
    private void conjoinedActs(ParseTree t, int v, int obj, int targetHead, String code, List<Actor> sources, List<RawEvent> out,
                               Set<Integer> consumedNouns) {
        // the object must itself be an act ("launched strikes"), not the one acted on ("killed 50 soldiers and two ...")
        if (eventNounEntries(t, obj).isEmpty()) return;
        List<Integer> conjuncts = new ArrayList<>(t.children(obj, "conj"));
        if (targetHead >= 0 && targetHead != obj) conjuncts.addAll(t.children(targetHead, "conj"));
        for (int c : conjuncts) {
            if (c < obj) continue;
            // "carried out two strikes on X and four more on Y": a number, or a comparative, joined to a counted act
            // noun with the noun left out repeats that noun
            boolean elliptic = (t.pos(c).equals("CD") || t.pos(c).equals("JJR")) && t.child(obj, "nummod") >= 0;
            if (!t.pos(c).startsWith("NN") && !elliptic) continue;
            VerbEntry act = null;
            for (VerbEntry e : eventNounEntries(t, c)) if (act == null && phraseAt(t, c, e)) act = e;
            // only an act of the same kind as the verb's: "an attack and a raid", not "an attack and talks"
            if (!elliptic && (act == null || (act.code().compareTo("18") >= 0) != (code.compareTo("18") >= 0))) continue;
            String own = elliptic || code.compareTo("18") < 0 ? code : act.code();
            int tgt = obliqueWith(t, c, DEFAULT_TARGET_PREPS);
            if (tgt < 0) {
                // "... and five other strikes on targets in the town", with "on targets" hung on the verb or on the
                // first target: the nearest target phrase after the conjunct
                List<Integer> after = new ArrayList<>(t.children(v, "obl"));
                if (targetHead >= 0) after.addAll(t.children(targetHead, "nmod"));
                for (int o : after) {
                    if (o > c && (tgt < 0 || o < tgt) && !temporal(t, o) && DEFAULT_TARGET_PREPS.contains(t.preposition(o))) tgt = o;
                }
            }
            List<Actor> targets = tgt < 0 ? List.of() : locator.actorsOf(t, tgt);
            if (targets.isEmpty() && tgt >= 0) {
                targets = firstActorInPhrase(t, tgt);
                // a town of the attacker's own country names no target
                if (targets.size() == 1 && targets.get(0).sector() == null && !sources.isEmpty() && sources.get(0) != null
                        && java.util.Objects.equals(targets.get(0).country(), sources.get(0).country())) targets = List.of();
            }
            consumedNouns.add(c);
            List<Actor> as = sources.isEmpty() ? java.util.Collections.singletonList(null) : sources;
            List<Actor> bs = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            for (Actor a : limit(as)) for (Actor b : limit(bs)) {
                if (a == null && b == null) continue;
                if (a != null && b != null && a.code().equals(b.code()) && a.name().equals(b.name())) continue;
                out.add(new RawEvent(c, own, a, b, false));
            }
        }
    }

    /** "was starved and shelled": a past participle coordinated with a passive verb is passive too. */
    private static boolean isPassive(ParseTree t, int v) {
        if (t.child(v, "nsubj:pass") >= 0 || t.child(v, "aux:pass") >= 0) return true;
        int h = t.head(v);
        return t.relIs(v, "conj") && t.pos(v).equals("VBN") && h >= 0 && (t.child(h, "nsubj:pass") >= 0 || t.child(h, "aux:pass") >= 0);
    }

    /** "drone strike" fits at "strike" when "drone" precedes it; "round of talks" fits at "round" when "of talks" follows. */
    private static boolean phraseAt(ParseTree t, int head, VerbEntry e) {
        String[] words = e.lemma().split(" ");
        int h = e.headIndex();
        for (int k = 0; k < words.length; k++) {
            int i = head - h + k;
            if (i < 0 || i >= t.size()) return false;
            if (!t.word(i).equals(words[k]) && !t.lemma(i).equals(words[k])) return false;
        }
        return true;
    }

    /** The first word after the verb, before the clause ends, whose lemma is one of {@code nouns}; or -1. */
    private static int listedNounAfter(ParseTree t, int v, Set<String> nouns) {
        for (int i = v + 1; i < Math.min(t.size(), v + 9); i++) {
            String w = t.word(i);
            String pos = t.pos(i);
            // the noun phrase right after the verb only: no new clause ("to deepen a partnership"), no preposition
            if (w.equals(",") || w.equals(";") || w.equals(".") || pos.equals("TO") || pos.equals("MD") || pos.equals("IN")
                    || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) return -1;
            if (t.pos(i).startsWith("NN") && nouns.contains(t.lemma(i))) return i;
        }
        return -1;
    }

    /**
     * "attack on Israel", "warrants for two Chilean men" read off the words: the first actor-bearing noun after
     * one of the entry's prepositions, or else after "on", "against", "at" or "upon".
     */
    private int targetAfter(ParseTree t, int noun, Set<String> preps) {
        for (int i = noun + 1; i < Math.min(t.size(), noun + 3); i++) {
            String w = t.word(i);
            boolean listed = preps.isEmpty() ? w.equals("on") || w.equals("against") || w.equals("at") || w.equals("upon")
                    : preps.contains(w);
            if (!listed) continue;
            for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) if (locator.actorOf(t, j) != null) return j;
        }
        return -1;
    }

    /** "used chemical weapons": a listed word may also be the object's compound or adjective. */
    private static boolean modifiedBy(ParseTree t, int noun, Set<String> words) {
        for (int c : t.children(noun, "compound", "amod")) if (words.contains(t.lemma(c)) || words.contains(t.word(c))) return true;
        return false;
    }

    private static boolean anyObject(VerbEntry e) {
        return e.objects().contains(VerbLexicon.ANY_OBJECT);
    }

    private boolean isEventNoun(ParseTree t, int i, VerbEntry entry) {
        return t.pos(i).startsWith("NN") && (!verbs.nouns(t.lemma(i)).isEmpty() || entry.objects().contains(t.lemma(i)));
    }

    /** The actor that modifies an event noun: "Israeli strike", "Russia's attack", "attack by X". */
    /** The noun itself when the lexicon knows it as an event, else such a modifier of it ("tank shelling"), else -1. */
    private int eventNounAt(ParseTree t, int noun) {
        if (!eventNounEntries(t, noun).isEmpty()) return noun;
        for (int c : t.children(noun, "amod", "compound")) if (!eventNounEntries(t, c).isEmpty()) return c;
        return -1;
    }

    private List<VerbEntry> eventNounEntries(ParseTree t, int i) {
        List<VerbEntry> byLemma = verbs.nouns(t.lemma(i));
        return byLemma.isEmpty() ? verbs.nouns(t.word(i).toLowerCase(java.util.Locale.ROOT)) : byLemma;
    }

    private Actor modifierActor(ParseTree t, int noun) {
        for (int c : t.children(noun)) {
            if (t.relIs(c, "nmod:poss", "amod", "compound")) {
                Actor a = locator.actorOf(t, c);
                if (a != null) return a;
                // "Israeli tank shelling": the adjective may hang on the compound
                for (int g : t.children(c, "amod", "compound", "nmod:poss")) {
                    Actor b = locator.actorOf(t, g);
                    if (b != null) return b;
                }
            }
            if (t.relIs(c, "nmod") && t.preposition(c).equals("by")) {
                Actor a = locator.actorOf(t, c);
                if (a != null) return a;
            }
        }
        int owner = ownerOf(t, noun);
        return owner < 0 ? null : locator.actorOf(t, owner);
    }

    /**
     * "the insurgents claimed responsibility for the ambush", "an ambush claimed by the insurgents", "the insurgents
     * were behind the ambush": the side that owns a violent act (a RESPONSIBILITY cue) is its doer. Returns that
     * side's token, or -1; a denied or refused responsibility owns nothing.
     */
    private int ownerOf(ParseTree t, int noun) {
        int h = t.head(noun);
        if (h >= 0 && t.preposition(noun).equals("for")) {
            int verb = -1;
            if (t.pos(h).startsWith("NN") && cues.contains(CueKind.RESPONSIBILITY, t.lemma(h))) verb = t.head(h);
            else if (t.isVerb(h)) {
                int o = t.child(h, "obj");
                if (o >= 0 && cues.contains(CueKind.RESPONSIBILITY, t.lemma(o))) verb = h;
            }
            if (verb >= 0 && t.isVerb(verb) && !negated(t, verb) && !cues.contains(CueKind.DENY, t.lemma(verb))) return subjectOf(t, verb);
        }
        for (int c : t.children(noun, "acl")) {
            if (cues.contains(CueKind.RESPONSIBILITY, t.lemma(c)) && !negated(t, c)) {
                int agent = agentOf(t, c);
                if (agent >= 0) return agent;
            }
        }
        if (t.child(noun, "cop") >= 0 && !negated(t, noun)) {
            for (int c : t.children(noun, "case")) if (cues.contains(CueKind.RESPONSIBILITY, t.lemma(c))) return t.child(noun, "nsubj");
        }
        return -1;
    }

    /**
     * "accused Rwanda of supporting the M23": a non-violent act charged is the accusation's content, not an event
     * told as done (a violent one charged, "accused the army of shelling", is the event the charge reports).
     */
    private boolean isCharge(ParseTree t, int v) {
        if (!t.relIs(v, "advcl", "acl", "xcomp", "ccomp")) return false;
        int h = t.head(v);
        if (h < 0) return false;
        if (t.head(h) >= 0 && t.pos(h).startsWith("NN")) h = t.head(h);   // "accused Rwanda of supporting": the noun's head
        for (VerbEntry e : verbs.verbs(t.lemma(h))) if (e.code().startsWith("11")) return true;
        return false;
    }

    /** "we do not see any need to strike", "did not try to attack": an act under a negated verb is not told as done. */
    private boolean underNegation(ParseTree t, int v) {
        int i = v;
        for (int depth = 0; depth < 4 && t.relIs(i, "xcomp", "acl", "ccomp", "advcl"); depth++) {
            i = t.head(i);
            if (i < 0) return false;
            if (t.pos(i).startsWith("NN") && t.head(i) >= 0) i = t.head(i);   // "no reason to strike"
            if (negated(t, i) && !cues.contains(CueKind.REPORT, t.lemma(i)) && !cues.contains(CueKind.DENY, t.lemma(i))) return true;
        }
        return false;
    }

    /** "shelled the town, killing three people": the deaths are the shelling's toll, not another event. */
    private boolean isResult(ParseTree t, int v, VerbEntry entry) {
        if (!t.pos(v).equals("VBG") || !t.relIs(v, "advcl", "xcomp", "conj")) return false;
        int h = t.head(v);
        if (h < 0 || entry.code().compareTo("18") < 0) return false;
        for (VerbEntry e : verbs.verbs(t.lemma(h))) if (e.code().compareTo("18") >= 0) return true;
        return false;
    }

    /**
     * "urged Iran to halt", "wants X to attack", "demanded that Chad withdraw": what one side asks of another
     * has not happened.
     */
    private boolean isRequested(ParseTree t, int v) {
        int h = t.head(v);
        if (h < 0) return false;
        if (t.relIs(v, "xcomp")) return REQUEST_VERBS.contains(t.lemma(h)) && t.child(h, "obj") >= 0;
        // "told Reuters that jets had struck the house" reports; "demanded that Chad withdraw" asks
        if (t.relIs(v, "ccomp") && told(t, v)) return false;
        return t.relIs(v, "ccomp") && (REQUEST_VERBS.contains(t.lemma(h)) || DEMAND_VERBS.contains(t.lemma(h))
                || t.lemma(h).equals("insist") || t.lemma(h).equals("propose") || t.lemma(h).equals("suggest"));
    }

    /** A clause in the past or present tense, with no modal: something told as having happened. */
    private static boolean told(ParseTree t, int v) {
        for (int c : t.children(v, "aux")) if (t.pos(c).equals("MD")) return false;
        String pos = t.pos(v);
        if (pos.equals("VBD") || pos.equals("VBZ")) return true;
        for (int c : t.children(v, "aux", "aux:pass")) if (t.lemma(c).equals("have") || t.word(c).equals("was") || t.word(c).equals("were")) return true;
        return false;
    }

    /** What refusing a cooperative act codes as: CAMEO 12 by the root of the act refused. */
    private static final java.util.Map<String, String> REFUSALS = java.util.Map.of("03", "120", "04", "125", "05", "127",
            "06", "121", "07", "121", "08", "124");
    private static final Set<String> PREVENTING = Set.of("stop", "prevent", "block", "bar", "keep", "deter", "prohibit",
            "ban", "restrain", "hinder", "preclude", "dissuade");
    private static final Set<String> MILITARY_WEAPONS = Set.of("missile", "rocket", "artillery", "mortar", "shell",
            "airstrike", "drone", "warplane", "jet", "bomber", "tank", "helicopter", "gunship", "warship", "torpedo");
    /** Those whose destructive acts are a violent protest (CAMEO 145), not an assault. */
    private static final Set<String> PROTESTERS = Set.of("protester", "protestor", "demonstrator", "rioter", "mob");
    private static final Set<String> RECEIVING_VERBS = Set.of("receive", "get", "face", "accept", "obtain", "win");
    private static final Set<String> REQUEST_VERBS = Set.of("want", "ask", "urge", "press", "pressure", "call", "tell", "face",
            "order", "encourage", "invite", "allow", "permit", "persuade", "request", "demand", "beg", "implore");

    /**
     * "accused Armenian troops of opening fire at its checkpoint", "blamed the army for the shelling of X": the
     * violent act charged is an event too, done by the accused (its status comes from the claims about it).
     */
    private void chargedAct(ParseTree t, int v, List<Actor> accused, List<RawEvent> out) {
        if (accused.isEmpty()) return;
        for (int c : t.children(v, "obl", "advcl")) {
            String p = t.preposition(c);
            if (!p.equals("of") && !p.equals("for")) continue;
            List<VerbEntry> nouns = verbs.nouns(t.lemma(c));
            if (nouns.isEmpty() || nouns.get(0).code().compareTo("18") < 0) continue;
            int tgt = obliqueWith(t, c, DEFAULT_TARGET_PREPS);
            if (tgt < 0) tgt = obliqueWith(t, v, Set.of("at", "on", "against"));
            List<Actor> targets = tgt < 0 ? List.of() : locator.actorsOf(t, tgt);
            if (targets.isEmpty() && tgt >= 0) targets = firstActorInPhrase(t, tgt);
            Actor b = targets.isEmpty() ? null : targets.get(0);
            for (Actor a : limit(accused)) out.add(new RawEvent(c, nouns.get(0).code(), a, b, true));
        }
    }

    /** "Azerbaijan's allegations that Armenia has opened fire": what a claim noun says happened is a reported event. */
    private boolean claimContent(ParseTree t, int v) {
        int h = t.head(v);
        return h >= 0 && cues.contains(CueKind.CLAIM, t.lemma(h)) && t.child(v, "mark") >= 0;
    }

    /** "there are groups calling on X": the participle carries the sentence's act. */
    private static boolean existentialSubject(ParseTree t, int noun) {
        if (noun < 0 || t.head(noun) < 0) return false;
        return t.child(t.head(noun), "expl") >= 0;
    }

    /** Statements, appeals, cooperation, demands, threats and sanctions are acts on someone; untargeted ones are commentary. */
    static boolean needsTarget(String root) {
        int r = Integer.parseInt(root);
        return r <= 13 || r == 16 || r == 17;
    }

    private static <T> List<T> limit(List<T> l) {
        return l.size() > 4 ? l.subList(0, 4) : l;
    }

    private List<Actor> firstActorInPhrase(ParseTree t, int head) {
        for (int i : t.subtree(head, "punct", "parataxis", "ccomp", "advcl")) {
            if (i == head) continue;
            Actor a = locator.actorOf(t, i);
            if (a != null) return List.of(a);
        }
        Actor place = locator.placeActor(t, head);
        return place == null ? List.of() : List.of(place);
    }

    /**
     * Checks an entry's conditions against the verb's dependents. Returns the target's head token (-1 when the
     * verb has none) or MIN_VALUE when the entry does not fit.
     */
    private int fits(ParseTree t, int v, VerbEntry e) {
        // "they call the militants terrorists", "calling the move a breach": a verb with an object and a predicate
        // of that object names or judges it; its bare sense ("called Erdogan", a phone call) does not fit
        if (e.particles().isEmpty() && e.objects().isEmpty() && e.xcomps().isEmpty() && e.targetPreps().isEmpty() && !e.noObject()
                && namesItsObject(t, v)) return Integer.MIN_VALUE;
        if (!e.particles().isEmpty()) {
            boolean ok = false;
            for (int c : t.children(v, "compound:prt", "advmod", "case")) {
                // "called Erdogan on Tuesday": a preposition before a time is no particle
                if (c + 1 < t.size() && t.relIs(c, "compound:prt") && TIME_WORDS.contains(t.word(c + 1))) continue;
                if (e.particles().contains(t.lemma(c))) ok = true;
            }
            // "call upon X": the parser often hangs the particle on the noun
            for (int c : t.children(v, "obl", "nmod")) {
                if (temporal(t, c)) continue;
                for (int g : t.children(c, "case")) if (e.particles().contains(t.lemma(g))) ok = true;
            }
            if (!ok) return Integer.MIN_VALUE;
        }
        int obj = t.child(v, "obj");
        if (e.noObject() && obj >= 0) return Integer.MIN_VALUE;
        if (anyObject(e)) {
            if (obj < 0) return Integer.MIN_VALUE;
        } else if (!e.objects().isEmpty()) {
            int o = obj;
            if (o < 0) o = t.child(v, "nsubj:pass");
            if (o < 0 || !(e.objects().contains(t.lemma(o)) || modifiedBy(t, o, e.objects()))) {
                // "came under fire": the listed noun is the object of the listed preposition
                int under = e.targetPreps().isEmpty() ? -1 : obliqueWith(t, v, e.targetPreps());
                if (under >= 0 && e.objects().contains(t.lemma(under))) return under;
                // the parser lost the object ("launched an unprecedented drone and missile attack on Israel",
                // with "drone" read as a verb): the listed noun in the words that follow, and its target
                int k = listedNounAfter(t, v, e.objects());
                if (k < 0 || obj >= 0 && t.pos(obj).startsWith("NN")) return Integer.MIN_VALUE;
                int after = targetAfter(t, k, e.targetPreps());
                // "released the mayor of the town", with the object lost: a listed person noun is the one acted on
                return after >= 0 || !e.targetPreps().isEmpty() || !verbs.nouns(t.lemma(k)).isEmpty() ? after : k;
            }
        }
        if (!e.xcomps().isEmpty()) {
            boolean ok = false;
            for (int c : t.children(v, "xcomp")) if (e.xcomps().contains(t.lemma(c))) ok = true;
            if (!ok) return Integer.MIN_VALUE;
        }
        if (!e.targetPreps().isEmpty()) {
            int tgt = obliqueWith(t, v, e.targetPreps());
            if (tgt < 0 && obj >= 0) tgt = obliqueWith(t, obj, e.targetPreps());
            if (tgt < 0) return e.objects().isEmpty() && e.particles().isEmpty() ? Integer.MIN_VALUE : -1;
            return tgt;
        }
        if (!e.objects().isEmpty() && !anyObject(e)) {
            // "sign an agreement with X", "open fire on X"
            int tgt = obliqueWith(t, v, defaultPreps(e));
            if (tgt < 0 && obj >= 0) tgt = obliqueWith(t, obj, defaultPreps(e));
            // "shelled Azerbaijani positions": the object is the thing hit, and its owner the target
            if (tgt < 0 && obj >= 0 && verbs.nouns(t.lemma(obj)).isEmpty()) tgt = obj;
            // "rejected Colombia's proposal": an act's owner is the one answered
            if (tgt < 0 && obj >= 0) for (int c : t.children(obj, "nmod:poss", "amod", "compound")) if (tgt < 0 && locator.actorOf(t, c) != null) tgt = c;
            return tgt >= 0 ? tgt : complementTarget(t, v);
        }
        if (obj >= 0) return obj;
        int iobj = t.child(v, "iobj");
        if (iobj >= 0) return iobj;
        int tgt = obliqueWith(t, v, defaultPreps(e));
        return tgt >= 0 ? tgt : complementTarget(t, v);
    }

    /** An object and a predicate noun or adjective of it: "call X Y", "calling X a Y", "call X illegal". */
    private static boolean namesItsObject(ParseTree t, int v) {
        List<Integer> objs = t.children(v, "obj");
        if (objs.size() >= 2 && predicate(t, objs.get(0), objs.get(1))) return true;
        // "call the rebels the northern group", with the object read as an indirect one
        int obj = objs.isEmpty() ? t.child(v, "iobj") : objs.get(0);
        if (obj < 0) return false;
        for (int c : t.children(obj, "dep")) if (predicate(t, obj, c)) return true;
        for (int c : t.children(v, "xcomp")) if (predicate(t, obj, c)) return true;
        return false;
    }

    /** A noun or adjective after the object with no comma between: "calling the move a breach", not "killed 30 people, mostly fighters". */
    private static boolean predicate(ParseTree t, int obj, int c) {
        if (!(t.pos(c).startsWith("NN") || t.pos(c).startsWith("JJ")) || c < obj) return false;
        for (int k = obj + 1; k < c; k++) if (t.word(k).equals(",") || t.word(k).equals(";")) return false;
        // the predicate follows the object phrase at once: "accused the side of ignoring ... the moves" (a second
        // object the parser hung on the verb after a clause of its own) names nothing
        for (int k = obj + 1; k < c; k++) {
            boolean quoteMark = t.pos(k).equals("``") || t.pos(k).equals("''");
            if (!quoteMark && !t.dominates(obj, k) && !t.dominates(c, k)) return false;
        }
        return true;
    }

    /** "deployed warships near Taiwan": a show of force near someone is aimed at them; other acts near a place happen there. */
    private static Set<String> defaultPreps(VerbEntry e) {
        return e.code().startsWith("15") ? SHOW_OF_FORCE_PREPS : DEFAULT_TARGET_PREPS;
    }

    private static final Set<String> SHOW_OF_FORCE_PREPS;
    static {
        Set<String> preps = new HashSet<>(DEFAULT_TARGET_PREPS);
        preps.add("near");
        SHOW_OF_FORCE_PREPS = Set.copyOf(preps);
    }

    /** "pledged to provide boats to the Philippines": the target of the act it commits to. */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "day", "days", "week", "weeks", "month", "months", "year", "years",
            "night", "morning", "afternoon", "evening", "weekend", "today", "yesterday", "hour", "hours", "time",
            // "at the start of a trip", "on the sidelines of the summit": circumstances, not targets
            "start", "beginning", "outset", "end", "close", "sidelines", "sideline", "margins", "eve");

    private static boolean temporal(ParseTree t, int i) {
        return TIME_WORDS.contains(t.word(i)) || t.pos(i).equals("CD");
    }

    private int complementTarget(ParseTree t, int v) {
        int x = t.child(v, "xcomp");
        if (x < 0) {
            // "demanded that Chad withdraw": the one the demand is on
            int c = t.child(v, "ccomp");
            return c >= 0 && t.child(c, "mark") >= 0 ? t.child(c, "nsubj") : -1;
        }
        int obj = t.child(x, "obj");
        int tgt = obliqueWith(t, x, DEFAULT_TARGET_PREPS);
        if (tgt >= 0) return tgt;
        return obj;
    }

    private static boolean isOutlet(Actor a) {
        return a != null && "MED".equals(a.sector());
    }

    /**
     * The object of a preposition from {@code preps} under {@code head}: the first that names an actor, else the
     * first that is not a time ("on Monday", "in May").
     */
    /** "from X" on the verb, or on its object as the parser often has it ("faces [pressure from the opposition]"). */
    private int receivedFrom(ParseTree t, int v) {
        int from = obliqueWith(t, v, Set.of("from"));
        int obj = t.child(v, "obj");
        if (from < 0 && obj >= 0) {
            for (int c : t.children(obj, "nmod")) if (t.preposition(c).equals("from") && locator.actorOf(t, c) != null) return c;
        }
        return from;
    }

    private int obliqueWith(ParseTree t, int head, Set<String> preps) {
        int fallback = -1;
        for (int c : t.children(head, "obl", "nmod")) {
            if (t.relIs(c, "obl:tmod", "nmod:poss", "obl:npmod") || temporal(t, c)) continue;
            String p = t.preposition(c);
            if (!p.isEmpty() && (preps.contains(p) || preps.contains(p.substring(p.lastIndexOf(' ') + 1)))) {
                if (locator.actorOf(t, c) != null) return c;
                if (fallback < 0) fallback = c;
            }
        }
        if (fallback >= 0) return fallback;
        // "calling on Russia to take measures", parsed as a clause "on Russia to take": its subject is the target
        for (int c : t.children(head, "advcl", "ccomp", "xcomp")) {
            int subj = t.child(c, "nsubj");
            if (subj < 0) continue;
            for (int m : t.children(c, "mark")) if (m < subj && preps.contains(t.lemma(m))) return subj;
        }
        return -1;
    }

    /** The subject of a verb, looking up through coordination, infinitives and relative clauses. */
    int subjectOf(ParseTree t, int v) {
        int s = t.child(v, "nsubj");
        // "Mali's army says foreign fighters backed ...", parsed with two subjects: the one after the speech verb acts
        for (int c : t.children(v, "nsubj")) {
            if (s < 0 || c <= s || c >= v) continue;
            for (int k = s + 1; k < c; k++) if (t.isVerb(k) && cues.contains(CueKind.REPORT, t.lemma(k))) s = c;
        }
        if (s >= 0) return s;
        int s2 = t.child(v, "csubj");
        if (s2 >= 0) return -1;
        int inherited = inheritedSubject(t, v);
        if (inherited >= 0) return inherited;
        return t.relIs(v, "dep", "parataxis") || t.head(v) < 0 ? strandedSubject(t, v) : -1;
    }

    /**
     * A finite verb the parser left without a subject (long sentences with an inserted clause: "X, where
     * peacekeepers are deployed, fired at Y"): the nearest noun before it that heads no prepositional phrase
     * and sits in no modifier clause of its own.
     */
    private static int strandedSubject(ParseTree t, int v) {
        String pos = t.pos(v);
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN"))) return -1;
        // "the fighters captured near the border": a participle right after its noun, with no auxiliary, is passive and has no
        // doer before it ("..., fired at the positions", a past tense the tagger took for a participle, still has one)
        if (pos.equals("VBN") && t.child(v, "aux") < 0 && v > 0 && t.pos(v - 1).startsWith("NN")) return -1;
        for (int i = v - 1; i >= 0; i--) {
            if (!t.pos(i).startsWith("NN")) continue;
            if (t.relIs(i, "nmod", "obl", "compound", "nmod:poss", "amod", "obj", "conj")) continue;
            if (t.relIs(i, "nsubj") && t.head(i) != v) continue;
            if (!t.preposition(i).isEmpty()) continue;
            boolean inModifier = false;
            for (int a : t.ancestors(i)) {
                if (a == v || t.dominates(a, v)) break;
                if (t.relIs(a, "acl", "advcl", "ccomp")) inModifier = true;
            }
            if (!inModifier) return i;
        }
        return -1;
    }

    private int inheritedSubject(ParseTree t, int v) {
        int h = t.head(v);
        if (h < 0) return -1;
        if (t.relIs(v, "conj")) {
            int s = t.child(h, "nsubj");
            if (s < 0) s = t.child(h, "nsubj:pass");
            return s >= 0 ? s : inheritedSubject(t, h);
        }
        if (t.relIs(v, "xcomp")) {
            // "urged X to stop": the object controls; "agreed to stop": the subject does
            int o = t.child(h, "obj");
            if (o >= 0) return o;
            int s = t.child(h, "nsubj");
            if (s < 0) s = t.child(h, "nsubj:pass");   // "is scheduled to attend"
            return s >= 0 ? s : inheritedSubject(t, h);
        }
        if (t.relIs(v, "acl:relcl")) return h;
        // "groups calling on Russia": the noun a present participle modifies does the act
        if (t.relIs(v, "acl") && t.pos(v).equals("VBG")) return h;
        // "were forced to open fire after being shelled": a subjectless clause shares its head's subject
        if (t.relIs(v, "advcl") && !t.pos(v).equals("VBG") && t.child(v, "nsubj") < 0) {
            int s = t.child(h, "nsubj");
            if (s < 0) s = t.child(h, "nsubj:pass");
            if (s >= 0) return s;
        }
        // "claimed the ambush, saying it had killed 20 soldiers", the participle left loose
        if (t.relIs(v, "dep") && t.pos(v).equals("VBG") && h < v && t.child(v, "nsubj") < 0) {
            int s = t.child(h, "nsubj");
            if (s >= 0) return s;
        }
        if (t.relIs(v, "advcl", "acl") && (t.pos(v).equals("VBG"))) {
            // "accused Armenian troops of opening fire", "blamed the rebels for shelling": the one charged acts
            boolean charged = false;
            // "stopped a group of servicemen from advancing": so is the one kept from acting
            for (int c : t.children(v, "mark", "case")) if (t.lemma(c).equals("of") || t.lemma(c).equals("for") || t.lemma(c).equals("from")) charged = true;
            int o = t.child(h, "obj");
            if (charged && o >= 0) return o;
            int s = t.child(h, "nsubj");
            return s >= 0 ? s : meansSubject(t, h);
        }
        return -1;
    }

    /**
     * "tried to distract the army by attacking its base": a subjectless participle of means or manner under an
     * infinitive or a coordinated verb is done by whoever does that verb, found through the verb's own subject chain.
     */
    private int meansSubject(ParseTree t, int h) {
        if (!t.relIs(h, "xcomp", "conj")) return -1;
        return inheritedSubject(t, h);
    }

    private static int agentOf(ParseTree t, int v) {
        int a = t.child(v, "obl:agent");
        if (a >= 0) return a;
        for (int c : t.children(v, "obl", "nmod")) if (t.preposition(c).equals("by")) return c;
        return -1;
    }

    private void nounEvents(ParseTree t, int n, List<RawEvent> out) {
        // "the war between A and B", "tensions": a standing state, told as a relation, not an event
        if (cues.contains(CueKind.STATE, t.lemma(n))) return;
        if (cues.contains(CueKind.TENSION, t.lemma(n))) return;
        // "clashes ... may be a precursor": a nominal under a modal is talk about events, not a report of one
        int h = t.head(n);
        if (h >= 0) for (int c : t.children(h, "aux")) if (cues.contains(CueKind.FORECAST, t.lemma(c))) return;
        VerbEntry entry = null;
        for (VerbEntry e : verbs.nouns(t.lemma(n))) {
            if (phraseAt(t, n, e)) {
                entry = e;
                break;
            }
        }
        if (entry == null) return;
        Actor source = null;
        List<Actor> targets = new ArrayList<>();
        // "clashes between A and B"
        for (int c : t.children(n, "nmod")) {
            String p = t.preposition(c);
            if (p.equals("between") || p.equals("among")) {
                List<Actor> pair = locator.actorsOf(t, c);
                if (pair.size() >= 2) {
                    out.add(new RawEvent(n, entry.code(), pair.get(0), pair.get(1), true));
                    return;
                }
            }
        }
        for (int c : t.children(n)) {
            if (t.relIs(c, "nmod:poss", "amod", "compound") && source == null) source = locator.actorOf(t, c);
            else if (t.relIs(c, "nmod")) {
                String p = t.preposition(c);
                if (p.equals("by") && source == null) source = locator.actorOf(t, c);
                else if (entry.targetPreps().contains(p) || DEFAULT_TARGET_PREPS.contains(p)) {
                    targets.addAll(locator.actorsOf(t, c));
                }
            }
        }
        // "claimed responsibility for the ambush": the owner of the act did it, unless a verb of the sentence already tells it so
        if (source == null && entry.code().compareTo("18") >= 0) {
            int owner = ownerOf(t, n);
            Actor a = owner < 0 ? null : locator.actorOf(t, owner);
            if (a != null && out.stream().anyMatch(e -> e.code().compareTo("18") >= 0 && e.actor1() != null
                    && java.util.Objects.equals(e.actor1().country(), a.country()))) return;
            source = a;
        }
        if (source == null && targets.isEmpty()) {
            // "The shelling lasted two hours": a definite event noun that is the subject of its clause restates an
            // act already told; it is kept as a mention for the coder to join to that act, never as an event alone
            boolean definite = t.children(n, "det").stream().anyMatch(d -> cues.contains(CueKind.ANAPHOR, t.lemma(d)));
            if (definite && t.relIs(n, "nsubj", "nsubj:pass")) out.add(new RawEvent(n, entry.code(), null, null, true));
            // "one strike hit a school", "two shells landed near the market": a counted act of violence that is the
            // subject of its clause is told anew; the coder keeps it only when the incident's own sentences name its doer
            else if (entry.code().compareTo("18") >= 0 && t.relIs(n, "nsubj") && counted(t, n))
                out.add(new RawEvent(n, entry.code(), null, null, true));
            return;
        }
        // "until the siege on Gaza is lifted": an act with no named doer counts only where the sentence reports it
        if (source == null) {
            int h2 = t.head(n);
            if (h2 >= 0 && t.head(h2) >= 0 && !cues.contains(CueKind.REPORT, t.lemma(h2))) return;
        }
        // a nominal act on no one is only worth coding when it is violence, protest or a show of force
        if ((source == null || targets.isEmpty()) && needsTarget(entry.code().substring(0, 2))) return;
        if (targets.isEmpty()) targets.add(null);
        for (Actor b : limit(targets)) {
            if (source != null && b != null && source.code().equals(b.code())) continue;
            out.add(new RawEvent(n, entry.code(), source, b, true));
        }
    }

    /** "one strike", "two shells": a noun counted as acts, not pointing back at one already told. */
    private static boolean counted(ParseTree t, int n) {
        for (int c : t.children(n, "nummod")) if (t.pos(c).equals("CD")) return true;
        return false;
    }
}
