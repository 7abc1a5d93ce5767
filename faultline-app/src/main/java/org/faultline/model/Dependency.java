package org.faultline.model;

/**
 * One arc of a sentence's basic Universal Dependencies parse.
 *
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation  UD relation, with subtype ("nsubj", "obl:agent", "compound:prt")
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        Checks.notNull(relation, "relation");
        if (dependent < 0) throw new IllegalArgumentException("dependent index " + dependent + " is negative");
    }
}
