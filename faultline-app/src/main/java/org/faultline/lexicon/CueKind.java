package org.faultline.lexicon;

/** The kinds of cue words in {@code cues.txt}. */
public enum CueKind {
    /** A reporting verb or phrase: "say", "according to". */
    REPORT,
    /** A denial: "deny", "rule out", "baseless". */
    DENY,
    /** Hedging: "reportedly", "could not be independently verified". */
    HEDGE,
    /** Future or possibility: "will", "is expected to", "plans to". */
    FORECAST,
    /** Negation: "not", "never", "failed to". */
    NEGATION,
    /** An alliance between actors: "ally", "defence pact". */
    ALLIANCE,
    /** Hostility between actors: "war", "armed conflict". */
    HOSTILITY,
    /** Tension between actors: "dispute", "standoff". */
    TENSION,
    /** Cooperation between actors: "partnership", "rapprochement". */
    COOPERATION,
    /** Mediation: "mediate", "peace talks". */
    MEDIATION,
    /** A standing state rather than an act: "the war", "the conflict", "the occupation". Told as a relation, not an event. */
    STATE,
    /** A noun that carries someone's claim: "Azerbaijan's allegations that ...", "the ministry's statement". */
    CLAIM,
    /** An act told as an answer to the other side's: "returned fire", "in response", "retaliated". */
    RESPONSE,
    /** A determiner that points back at something already told: "the attack", "this shelling". */
    ANAPHOR,
    /** A modal of mere possibility: "might", "may", "could". Under PETRARCH's conventions such an act is not coded. */
    POSSIBILITY,
    /** A modal of ability: "can". An act someone is able to do ("You can strike us all.") is not told as done or due. */
    ABILITY,
    /** A verb naming who stood behind an act, in the passive: "the attack was backed by X". */
    SPONSOR,
    /** A phrase saying a report could not be checked: "could not independently verify". Its sentence's acts are unverified. */
    UNCONFIRMED,
    /** A habit or a span that makes an act background, not an incident: "regularly", "since 2012". */
    BACKGROUND,
    /** A side owning a violent act: "claimed responsibility for the ambush", "an ambush claimed by", "was behind the ambush". */
    RESPONSIBILITY,
    /** A modal of obligation: "should", "must". Said of another side's act, it is a demand on that side. */
    OBLIGATION,
    /** A reciprocal object: "each other", "one another". The act goes both ways between the sides named. */
    RECIPROCAL
}

