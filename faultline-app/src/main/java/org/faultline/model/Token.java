package org.faultline.model;

/**
 * One token. {@code begin}/{@code end} are character offsets into {@link Article#text()}.
 *
 * @param index position in its sentence, from 0
 * @param ner   coarse named-entity class (PERSON, LOCATION, ORGANIZATION, MISC, ...) or "O"
 */
public record Token(int index, String text, int begin, int end, String lemma, String pos, String ner) {
    public Token {
        Checks.notNull(text, "text");
        Checks.span(begin, end, "token '" + text + "'");
        if (lemma == null) lemma = text.toLowerCase(java.util.Locale.ROOT);
        if (pos == null) pos = "";
        if (ner == null) ner = "O";
    }
}
