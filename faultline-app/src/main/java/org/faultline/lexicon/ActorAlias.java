package org.faultline.lexicon;

import java.util.List;

/**
 * One name under which an actor can be written, in the form the matcher compares.
 *
 * @param parts     folded, lower-cased parts ({@link ActorText#phraseParts})
 * @param caseParts folded parts with their case, for {@link Style#EXACT}
 * @param style     how strictly letter case must agree
 */
record ActorAlias(List<String> parts, List<String> caseParts, Style style) {

    enum Style {
        /** Letter case must agree exactly: short all-capitals acronyms ("US" is not "us", "IS" is not "is"). */
        EXACT,
        /** Each word capitalised in the name must be capitalised in the text: proper names ("Putin", "the Ukraine"). */
        CAPITALIZED,
        /** Any case. */
        ANY,
        /** Any case, and the lemma or singular of each token also counts: agent nouns. */
        LEMMA
    }

    ActorAlias {
        parts = List.copyOf(parts);
        caseParts = List.copyOf(caseParts);
        if (parts.isEmpty()) throw new IllegalArgumentException("an actor name must have at least one word");
    }

    /** The alias of a name as written in a faultline dictionary: the style follows the name's own capitals. */
    static ActorAlias of(String name, boolean agent) {
        List<String> caseParts = ActorText.phraseParts(name);
        List<String> lower = caseParts.stream().map(p -> p.toLowerCase(java.util.Locale.ROOT)).toList();
        Style style;
        if (agent) style = Style.LEMMA;
        else if (ActorText.isShortAcronym(name.trim())) style = Style.EXACT;
        else if (caseParts.stream().anyMatch(p -> Character.isUpperCase(p.codePointAt(0)))) style = Style.CAPITALIZED;
        else style = Style.ANY;
        return new ActorAlias(lower, caseParts, style);
    }

    /** The alias of an all-capitals TABARI phrase: case-blind, except one short word which must be in capitals. */
    static ActorAlias ofTabari(String name, boolean agent) {
        List<String> caseParts = ActorText.phraseParts(name);
        List<String> lower = caseParts.stream().map(p -> p.toLowerCase(java.util.Locale.ROOT)).toList();
        Style style;
        if (agent) style = Style.LEMMA;
        else if (caseParts.size() == 1 && ActorText.isShortAcronym(name.trim())) style = Style.EXACT;
        else style = Style.ANY;
        return new ActorAlias(lower, caseParts, style);
    }
}
