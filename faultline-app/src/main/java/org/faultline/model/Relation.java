package org.faultline.model;

/** A standing relation between two actors, with the sentence that shows it. */
public record Relation(Actor a, Actor b, String kind, Evidence evidence) {
    public Relation {
        Checks.notNull(a, "a");
        Checks.notNull(b, "b");
        Checks.notNull(kind, "kind");
        Checks.notNull(evidence, "evidence");
    }
}
