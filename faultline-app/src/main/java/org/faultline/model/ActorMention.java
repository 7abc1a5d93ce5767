package org.faultline.model;

/** An actor named in the text, with the character span of its name. */
public record ActorMention(Actor actor, String text, int start, int end, int sentenceIndex) {
    public ActorMention {
        Checks.notNull(actor, "actor");
        Checks.span(start, end, "actor mention '" + text + "'");
    }
}
