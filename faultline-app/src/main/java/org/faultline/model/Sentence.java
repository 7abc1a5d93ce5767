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

    /**
     * The tokens of the dependency subtree under {@code root}, following only the relations {@code follows} accepts
     * ("acl:relcl" left out: a relative clause says more of its noun, it is not part of the phrase).
     */
    public java.util.Set<Integer> subtree(int root, java.util.function.Predicate<String> follows) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        out.add(root);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Dependency d : dependencies) {
                if (d.governor() >= 0 && out.contains(d.governor()) && follows.test(d.relation()) && out.add(d.dependent())) grew = true;
            }
        }
        return out;
    }

    public boolean parsed() {
        return !dependencies.isEmpty();
    }

    public Evidence evidence() {
        return new Evidence(index, begin, end, text);
    }
}
