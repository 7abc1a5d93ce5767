package org.faultline.model;

import java.util.Locale;

/**
 * Which coding conventions the coder follows. faultline's own suit whole articles; PETRARCH's let one-sentence
 * records be compared with the Phoenix/PETRARCH coders' output.
 */
public enum CodingConventions {
    /**
     * The article is the unit: "X said Y attacked Z" is the attack, reported by X; an actor with no country of its
     * own ("the rebels") takes the country the article is about; an event may lack a target.
     */
    FAULTLINE,
    /**
     * The sentence is the unit, as in PETRARCH: "X said Y attacked Z" is X accusing Y (CAMEO 112); an actor with no
     * country of its own stays "---"; a missing target is the country where the event happened, else "---"; a
     * meeting is coded once, from its subject to its object.
     */
    PETRARCH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The conventions with this name, case-insensitive; the message names the bad value. */
    public static CodingConventions named(String name) {
        for (CodingConventions c : values()) if (c.label().equalsIgnoreCase(name == null ? "" : name.trim())) return c;
        throw new IllegalArgumentException("unknown conventions '" + name + "'; expected faultline or petrarch");
    }
}
