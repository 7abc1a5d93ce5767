package org.faultline.lexicon;

import java.text.Normalizer;

/** The key two spellings of one place name share: case, diacritics, apostrophes, dots and hyphens folded away. */
final class GazetteerNames {
    private GazetteerNames() {}

    static String fold(String s) {
        if (s == null) return "";
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        String t = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!ascii && Character.getType(c) == Character.NON_SPACING_MARK) continue;
            switch (c) {
                case '\'', '\u2019', '\u2018', '\u02BC', '\u02BB', '\u02BF', '\u02BE', '`', '.', '\u00B4' -> { continue; }
                case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', ' ', '\t', '\u00A0', '_', ',' -> {
                    space = b.length() > 0;
                    continue;
                }
                default -> { }
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            if (c < 128) {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                continue;
            }
            switch (c) {
                case '\u0131', '\u0130' -> b.append('i');           // dotless and dotted I
                case '\u0259', '\u018F' -> b.append('e');           // schwa
                case '\u00F8', '\u00D8' -> b.append('o');
                case '\u00E6', '\u00C6' -> b.append("ae");
                case '\u0153', '\u0152' -> b.append("oe");
                case '\u00DF' -> b.append("ss");
                case '\u0111', '\u0110' -> b.append('d');
                case '\u0142', '\u0141' -> b.append('l');
                case '\u00FE', '\u00DE' -> b.append("th");
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
