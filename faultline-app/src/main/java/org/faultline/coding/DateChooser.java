package org.faultline.coding;

import org.faultline.model.PartialDate;
import org.faultline.model.DateMention;

/** Chooses when an event happened: the date phrase nearest the act in the parse. */
final class DateChooser {
    private DateChooser() {}

    static PartialDate dateOf(SentenceContext ctx, int token) {
        ParseTree t = ctx.tree();
        DateMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (DateMention d : ctx.dates()) {
            if (ctx.inCitation(d.start())) continue;
            int k = ctx.tokenAt(d.start());
            int rank;
            if (k < 0) rank = 50;
            else if (t.dominates(token, k)) rank = 0;
            else if (t.ancestors(token).contains(t.head(k))) rank = 10;
            else rank = 20;
            if (rank < bestRank) {
                bestRank = rank;
                best = d;
            }
        }
        return best == null ? null : best.date();
    }
}
