package org.faultline.coding;

import org.faultline.model.Dependency;
import org.faultline.model.Sentence;
import org.faultline.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Navigation over one sentence's basic dependencies: heads, relations, children and subtrees. */
final class ParseTree {
    final Sentence sentence;
    final List<Token> tokens;
    private final int[] head;
    private final String[] rel;
    private final List<List<Integer>> children;
    /** Lower-cased lemmas and words, made on first use: the rules ask for them many times per token. */
    private final String[] lemmas, words;

    ParseTree(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        head = new int[n];
        rel = new String[n];
        lemmas = new String[n];
        words = new String[n];
        Arrays.fill(head, -2);
        Arrays.fill(rel, "");
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) children.add(new ArrayList<>());
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() >= n) continue;
            head[d.dependent()] = d.governor();
            rel[d.dependent()] = d.relation();
            if (d.governor() >= 0 && d.governor() < n) children.get(d.governor()).add(d.dependent());
        }
        for (List<Integer> c : children) c.sort(Integer::compare);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lemma(int i) {
        String l = lemmas[i];
        if (l == null) lemmas[i] = l = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
        return l;
    }

    String word(int i) {
        String w = words[i];
        if (w == null) words[i] = w = tokens.get(i).text().toLowerCase(Locale.ROOT);
        return w;
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    int head(int i) {
        return head[i];
    }

    /** The relation to the head, e.g. "nsubj", "obl", "nmod:poss". */
    String rel(int i) {
        return rel[i];
    }

    boolean relIs(int i, String... names) {
        String r = rel[i];
        for (String n : names)
            if (r.startsWith(n) && (r.length() == n.length() || r.charAt(n.length()) == ':')) return true;
        return false;
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** The children of {@code i} whose relation is one of {@code names} (a name also matches its subtypes). */
    List<Integer> children(int i, String... names) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) if (relIs(c, names)) out.add(c);
        return out;
    }

    int child(int i, String... names) {
        for (int c : children.get(i)) if (relIs(c, names)) return c;
        return -1;
    }

    /** Lemma of the preposition ("case" child) of a nominal, or "" when none. */
    String preposition(int nominal) {
        StringBuilder sb = new StringBuilder();
        for (int c : children.get(nominal)) {
            if (rel[c].equals("case") && !pos(c).equals("POS")) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(lemma(c));
            }
        }
        return sb.toString();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB");
    }

    boolean isNoun(int i) {
        String p = pos(i);
        return p.startsWith("NN") || p.equals("PRP") || p.equals("CD");
    }

    /** Token indexes of the subtree under {@code i}, leaving out branches with the given relations. */
    List<Integer> subtree(int i, String... skip) {
        List<Integer> out = new ArrayList<>();
        collect(i, out, skip, 0);
        out.sort(Integer::compare);
        return out;
    }

    private void collect(int i, List<Integer> out, String[] skip, int depth) {
        out.add(i);
        if (depth > 40) return;
        for (int c : children.get(i)) {
            if (relIs(c, skip)) continue;
            collect(c, out, skip, depth + 1);
        }
    }

    /** True when {@code ancestor} dominates {@code i}. */
    boolean dominates(int ancestor, int i) {
        int guard = 0;
        while (i >= 0 && guard++ < 60) {
            if (i == ancestor) return true;
            i = head[i];
        }
        return false;
    }

    /** The chain of heads above {@code i}, nearest first. */
    List<Integer> ancestors(int i) {
        List<Integer> out = new ArrayList<>();
        int h = head[i];
        int guard = 0;
        while (h >= 0 && guard++ < 60) {
            out.add(h);
            h = head[h];
        }
        return out;
    }

    int begin(int i) {
        return tokens.get(i).begin();
    }

    int end(int i) {
        return tokens.get(i).end();
    }
}
