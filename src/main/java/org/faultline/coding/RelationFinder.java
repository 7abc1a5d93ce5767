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
                Actor[] pair = nearestPair(toks, i, countries);
                if (pair != null) out.add(new Relation(pair[0], pair[1], k.getValue(), ctx.sentence().evidence()));
            }
        }
        return out;
    }

    /** The two nearest mentions of different countries around token {@code at}, "between" pairs first. */
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
