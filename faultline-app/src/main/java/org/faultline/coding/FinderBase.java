package org.faultline.coding;

import org.faultline.lexicon.WordLists;
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
 * The finder's lexicons, the sentence being coded, and the closed sets its rules share; the layers above add role
 * finders, filters and the noun and verb rules, and {@link EventFinder} runs them.
 */
abstract class FinderBase {
    static final Set<String> NEGATORS = WordLists.bundled().set("NEGATOR");

    static final Set<String> DEFAULT_TARGET_PREPS = WordLists.bundled().set("TARGET_PREPOSITION");

    /** Verbs whose coordinated subjects act on each other: "A and B met", "A and B clashed". */
    /**
     * CAMEO 14, protest, and 144, obstruct passage (a protest); 191, restrict movement (a blockade); 150, demonstrate
     * military power; and the sectors of armed bodies (state forces and rebels), whose "protest" is a military move.
     */
    static final String PROTEST_ROOT = "14", OBSTRUCT = "144", RESTRICT_MOVEMENT = "191", FORCE_POSTURE = "150";
    static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP", "REB");

    static final Set<String> ROOTS_OF_MUTUAL_ACTS = Set.of("03", "04", "05", "06", "19");

    final VerbLexicon verbs;

    final CueLexicon cues;

    final ActorLocator locator;

    /** PETRARCH's conventions: an act with no target named is coded, its target found later from the place. */
    final boolean petrarch;

    FinderBase(VerbLexicon verbs, CueLexicon cues, ActorLocator locator, boolean petrarch) {
        this.verbs = verbs;
        this.cues = cues;
        this.locator = locator;
        this.petrarch = petrarch;
    }

    /** The sentence being coded. */
    SentenceContext ctx;

    /** The demand code for the root of the act demanded; 087 (de-escalation) has its own. */
    static final java.util.Map<String, String> DEMANDS = java.util.Map.of("03", "100", "04", "106", "05", "102",
            "06", "101", "07", "103", "08", "105", "087", "1056");

    static final Set<String> DEMAND_VERBS = WordLists.bundled().set("DEMAND_VERB");

    /** The appeal code for the root of the act asked for. */
    static final java.util.Map<String, String> APPEALS = java.util.Map.ofEntries(java.util.Map.entry("04", "026"),
            java.util.Map.entry("05", "022"), java.util.Map.entry("06", "021"), java.util.Map.entry("07", "023"),
            java.util.Map.entry("08", "025"), java.util.Map.entry("18", "021"), java.util.Map.entry("19", "021"),
            java.util.Map.entry("20", "021"));

    static final Set<String> INTENT_VERBS = WordLists.bundled().set("INTENT_VERB");

    /** The intent code for the root of the act intended. */
    static final java.util.Map<String, String> INTENTS = java.util.Map.of("04", "036", "05", "032", "06", "031",
            "07", "033", "08", "034");

    /** What refusing a cooperative act codes as: CAMEO 12 by the root of the act refused. */
    static final java.util.Map<String, String> REFUSALS = java.util.Map.of("03", "120", "04", "125", "05", "127",
            "06", "121", "07", "121", "08", "124");

    static final Set<String> PREVENTING = WordLists.bundled().set("PREVENTING_VERB");

    static final Set<String> MILITARY_WEAPONS = WordLists.bundled().set("WEAPON_OF_WAR");

    /** Those whose destructive acts are a violent protest (CAMEO 145), not an assault. */
    static final Set<String> PROTESTERS = WordLists.bundled().set("PROTESTER_NOUN");

    static final Set<String> RECEIVING_VERBS = WordLists.bundled().set("RECEIVING_VERB");

    static final Set<String> REQUEST_VERBS = WordLists.bundled().set("REQUEST_VERB");

    static final Set<String> SHOW_OF_FORCE_PREPS;

    static {
        Set<String> preps = new HashSet<>(DEFAULT_TARGET_PREPS);
        preps.add("near");
        SHOW_OF_FORCE_PREPS = Set.copyOf(preps);
    }

    /** "pledged to provide boats to the Philippines": the target of the act it commits to. */
    static final Set<String> TIME_WORDS = WordLists.bundled().set("TIME_WORD");
}
