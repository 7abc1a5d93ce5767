package org.faultline.coding;

import org.faultline.model.ActorMention;
import org.faultline.model.Citation;
import org.faultline.model.DateMention;
import org.faultline.model.PlaceMention;
import org.faultline.model.Sentence;

import java.util.List;

/** One sentence with the mentions that fall in it. */
record SentenceContext(Sentence sentence, ParseTree tree, List<ActorMention> actors, List<PlaceMention> places,
                       List<DateMention> dates, List<Citation> citations) {

    /** True when the character offset lies inside one of the sentence's citations. */
    boolean inCitation(int offset) {
        for (Citation c : citations) if (offset >= c.start() && offset < c.end()) return true;
        return false;
    }

    /** Token index holding character offset {@code offset}, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < tree.size(); i++) {
            if (offset >= tree.begin(i) && offset < tree.end(i)) return i;
        }
        return -1;
    }
}
