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
 * Rules for event verbs: each verb (with particle, object and preposition) the lexicon knows, and the acts
 * joined to its object.
 */
abstract class VerbActs extends NounActs {
    VerbActs(VerbLexicon verbs, CueLexicon cues, ActorLocator locator, boolean petrarch) {
        super(verbs, cues, locator, petrarch);
    }

    void verbEvents(ParseTree t, int v, List<RawEvent> out, Set<Integer> consumedNouns) {
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
        // "recruited young men to fight", "sent fighters to attack the base": violence someone is brought to do is the
        // purpose of another act, not a blow told as struck
        if (entry.code().compareTo("18") >= 0 && purpose(t, v)) return;
        // "advance on the peace treaty", "hit the agreement": force aimed at a message or a document is a figure of speech
        if (entry.code().compareTo("18") >= 0 && targetHead >= 0 && t.pos(targetHead).startsWith("NN") && locator.actorOf(t, targetHead) == null
                && verbs.communicationNoun(t.lemma(targetHead))) return;
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
            if (patient < 0 && headlinePassive(t, v)) patient = t.child(v, "nsubj");
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
    void conjoinedActs(ParseTree t, int v, int obj, int targetHead, String code, List<Actor> sources, List<RawEvent> out,
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

    /** An infinitive complement of a verb with an object of its own: "recruit X to fight", "train them to shoot". */
    private boolean purpose(ParseTree t, int v) {
        int h = t.head(v);
        if (h < 0 || !t.relIs(v, "xcomp") || t.child(h, "obj") < 0 || t.children(v, "mark").isEmpty()) return false;
        for (VerbEntry e : verbs.verbs(t.lemma(h))) if (e.code().compareTo("18") >= 0) return false;
        return true;
    }
}
