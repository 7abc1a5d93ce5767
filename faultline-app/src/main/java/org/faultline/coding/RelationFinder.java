package org.faultline.coding;

import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
import org.faultline.model.Actor;
import org.faultline.model.ActorMention;
import org.faultline.model.Relation;
import org.faultline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Standing relations between countries, from cue words and the countries named around them: "the alliance
 * between A and B", "its alliance with B", "clashes between A and B", "tensions ... A ... B", "areas of
 * consensus" between A and B.
 */
final class RelationFinder {
    private static final Map<CueKind, String> KINDS = Map.of(CueKind.ALLIANCE, "alliance", CueKind.HOSTILITY, "hostility",
            CueKind.TENSION, "tension", CueKind.COOPERATION, "cooperation", CueKind.MEDIATION, "mediation");
    /** How far, in tokens, a country may stand from the cue word. */
    private static final int WINDOW = 14;

    private RelationFinder() {}

    static List<Relation> find(SentenceContext ctx, CueLexicon cues) {
        List<Relation> out = new ArrayList<>();
        List<Token> toks = ctx.sentence().tokens();
        List<ActorMention> countries = ctx.actors().stream().filter(a -> a.actor().country() != null).toList();
        if (countries.size() < 2) return out;
        for (int i = 0; i < toks.size(); i++) {
            if (ctx.inCitation(toks.get(i).begin())) continue;
            String lemma = toks.get(i).lemma().toLowerCase(Locale.ROOT);
            String word = toks.get(i).text().toLowerCase(Locale.ROOT);
            for (Map.Entry<CueKind, String> k : KINDS.entrySet()) {
                if (!cues.contains(k.getKey(), lemma) && !cues.contains(k.getKey(), word)) continue;
                if (hypothetical(ctx.tree(), i, cues)) continue;
                Actor[] pair = explicitPair(toks, i, countries);
                if (pair == null) pair = nearestPair(toks, i, countries);
                if (pair != null) out.add(new Relation(pair[0], pair[1], k.getValue(), ctx.sentence().evidence()));
            }
        }
        return out;
    }

    /** "unlikely to raise tensions", "could damage relations": a relation talked about, not one that holds. */
    private static boolean hypothetical(ParseTree t, int cue, CueLexicon cues) {
        if (!t.sentence.parsed()) return false;
        for (int a : t.ancestors(cue)) {
            if (cues.contains(CueKind.FORECAST, t.lemma(a))) return true;
            for (int c : t.children(a, "aux")) if (cues.contains(CueKind.FORECAST, t.lemma(c))) return true;
            if (t.isVerb(a)) break;
        }
        return false;
    }

    /** "between A and B" right after the cue, or "[A's] alliance with B". */
    private static Actor[] explicitPair(List<Token> toks, int at, List<ActorMention> countries) {
        for (int k = at + 1; k < Math.min(toks.size(), at + 4); k++) {
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("between") || w.equals("among")) {
                List<ActorMention> after = countries.stream().filter(m -> m.start() > toks.get(at).end()).toList();
                ActorMention first = after.isEmpty() ? null : after.get(0);
                for (ActorMention m : after) {
                    if (!m.actor().country().equals(first.actor().country())) return new Actor[]{country(first), country(m)};
                }
                return null;
            }
            if (w.equals("with")) {
                int cue = toks.get(at).begin();
                ActorMention partner = countries.stream().filter(m -> m.start() > toks.get(at).end()).findFirst().orElse(null);
                if (partner == null) return null;
                ActorMention self = null;
                for (ActorMention m : countries) {
                    if (m.end() <= cue && !m.actor().country().equals(partner.actor().country())) self = m;
                }
                return self == null ? null : new Actor[]{country(self), country(partner)};
            }
        }
        return null;
    }

    /** The two nearest mentions of different countries around token {@code at}. */
    private static Actor[] nearestPair(List<Token> toks, int at, List<ActorMention> countries) {
        int cue = toks.get(at).begin();
        ActorMention first = null, second = null;
        int d1 = Integer.MAX_VALUE, d2 = Integer.MAX_VALUE;
        for (ActorMention m : countries) {
            int tokenDistance = tokenDistance(toks, at, m);
            if (tokenDistance > WINDOW) continue;
            // after the cue counts a little nearer: "alliance with B", "war between A and B"
            int d = tokenDistance * 2 + (m.start() > cue ? 0 : 1);
            if (d < d1) {
                if (first != null && !first.actor().country().equals(m.actor().country())) {
                    second = first;
                    d2 = d1;
                }
                first = m;
                d1 = d;
            } else if (d < d2 && !m.actor().country().equals(first.actor().country())) {
                second = m;
                d2 = d;
            }
        }
        if (first == null || second == null || first.actor().country().equals(second.actor().country())) return null;
        return first.start() < second.start() ? new Actor[]{country(first), country(second)} : new Actor[]{country(second), country(first)};
    }

    private static Actor country(ActorMention m) {
        Actor a = m.actor();
        return new Actor(a.name(), a.country(), null, null, a.country());
    }

    private static int tokenDistance(List<Token> toks, int at, ActorMention m) {
        int idx = -1;
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).begin() >= m.start()) {
            idx = i;
            break;
        }
        return idx < 0 ? Integer.MAX_VALUE : Math.abs(idx - at);
    }
}
