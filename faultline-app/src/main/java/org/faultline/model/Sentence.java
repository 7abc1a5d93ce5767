package org.faultline.model;

import java.util.List;

/**
 * One sentence with its tokens and, when it was parsed, its dependencies.
 *
 * @param dependencies empty when the sentence was not parsed (it could hold no event, claim or quote)
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        Checks.span(begin, end, "sentence " + index);
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    public Evidence evidence() {
        return new Evidence(index, begin, end, text);
    }
}
