package org.faultline.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names and tokens are compared: accents dropped, quotes and dashes unified, hyphens and possessives split. */
final class ActorText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private ActorText() {}

    /** Accents and special letters folded to ASCII-ish form, case kept. */
    static String foldKeepCase(String s) {
        String t = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u02BC', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2010', '-').replace('\u2011', '-');
        if (isAscii(t)) return t;
        t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case 'ø' -> b.append('o');
                case 'Ø' -> b.append('O');
                case 'æ' -> b.append("ae");
                case 'Æ' -> b.append("AE");
                case 'ß' -> b.append("ss");
                case 'ł' -> b.append('l');
                case 'Ł' -> b.append('L');
                case 'đ' -> b.append('d');
                case 'Đ' -> b.append('D');
                case 'ı' -> b.append('i');
                case 'ð' -> b.append('d');
                case 'þ' -> b.append("th");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The comparison key: folded and lower-cased. */
    static String fold(String s) {
        return foldKeepCase(s).toLowerCase(Locale.ROOT);
    }

    /**
     * Splits one token (or one word of a dictionary name) into the parts the matcher compares: hyphens become parts
     * of their own ("al-Shabaab" is al, -, Shabaab) and a trailing possessive is split off ("Azerbaijan's" is
     * Azerbaijan, 's), so a CoreNLP token stream and an untokenised phrase line up. Case is kept.
     */
    static List<String> parts(String token) {
        String t = foldKeepCase(token);
        List<String> out = new ArrayList<>(3);
        String possessive = null;
        if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("'S"))) {
            possessive = t.substring(t.length() - 2);
            t = t.substring(0, t.length() - 2);
        } else if (t.length() > 1 && t.endsWith("'") && t.chars().anyMatch(Character::isLetterOrDigit)) {
            possessive = "'";
            t = t.substring(0, t.length() - 1);
        }
        if (t.equals("-") || t.indexOf('-') < 0) {
            if (!t.isEmpty()) out.add(t);
        } else {
            int start = 0;
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '-') {
                    if (i > start) out.add(t.substring(start, i));
                    out.add("-");
                    start = i + 1;
                }
            }
            if (start < t.length()) out.add(t.substring(start));
        }
        if (possessive != null) out.add(possessive);
        return out;
    }

    /** The parts of a whole name: words split on white space, then each word as {@link #parts(String)}. */
    static List<String> phraseParts(String phrase) {
        List<String> out = new ArrayList<>();
        for (String word : phrase.trim().split("\\s+")) if (!word.isEmpty()) out.addAll(parts(word));
        return out;
    }

    static boolean isPossessive(String part) {
        return part.equals("'s") || part.equals("'S") || part.equals("'");
    }

    /** A cheap singular for plural agent nouns when no lemma is at hand: "militias" to militia, "authorities" to authority. */
    static String singular(String lower) {
        int n = lower.length();
        if (n > 4 && lower.endsWith("ies")) return lower.substring(0, n - 3) + "y";
        if (n > 4 && (lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("sses") || lower.endsWith("xes")))
            return lower.substring(0, n - 2);
        if (n > 3 && lower.endsWith("men")) return lower.substring(0, n - 3) + "man";
        if (n > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is"))
            return lower.substring(0, n - 1);
        return lower;
    }

    /** Letters of an all-capitals acronym of at most three letters ("US", "U.S.", "IS", "UN", "WHO"), else 0. */
    static boolean isShortAcronym(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '.' && c != ' ') return false;
        }
        return letters >= 2 && letters <= 3;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 127) return false;
        return true;
    }

    /** "iNdia": a capital inside a lower-case word is a name typed with its capital misplaced, not a common word. */
    public static boolean miscapitalised(String word) {
        return word != null && word.length() > 3 && word.codePoints().skip(1).anyMatch(Character::isUpperCase)
                && word.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }
}
