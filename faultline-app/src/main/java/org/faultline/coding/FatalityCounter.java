package org.faultline.coding;

import org.faultline.lexicon.WordLists;
import java.util.Map;
import java.util.Set;

/**
 * Reads the number killed from a sentence. "one of its soldiers was killed" gives 1, "killing at least
 * eight people" 8, "without any casualties" 0; vague words follow ACLED's rules: several 3, dozens 12,
 * hundreds 100. Returns null when the sentence says nothing about deaths.
 */
final class FatalityCounter {
    private static final Set<String> DEATH_WORDS = WordLists.bundled().set("DEATH_WORD");
    private static final Set<String> NONE_PHRASES_HEAD = WordLists.bundled().set("NO_CASUALTY_HEAD");
    private static final Set<String> NOBODY = WordLists.bundled().set("NOBODY");
    private static final Map<String, Integer> NUMBER_WORDS = WordLists.bundled().numbers("FATALITY_NUMBER");

    private FatalityCounter() {}

    static Integer count(ParseTree t) {
        int n = t.size();
        // "no casualties", "without any casualties", "no one was killed", "no deaths"
        for (int i = 0; i < n; i++) {
            String w = t.word(i);
            if (w.equals("no") || w.equals("without") || w.equals("zero")) {
                for (int j = i + 1; j < Math.min(n, i + 4); j++) {
                    String x = t.word(j);
                    if (NONE_PHRASES_HEAD.contains(x)) {
                        if (!x.equals("one")) return 0;
                        for (int k = j + 1; k < Math.min(n, j + 4); k++) if (DEATH_WORDS.contains(t.word(k)) || t.lemma(k).equals("kill") || t.lemma(k).equals("die")) return 0;
                    }
                }
            }
        }
        // "none were killed", "nobody died": a death verb whose subject is no one
        for (int i = 0; i < n; i++) {
            if (!NOBODY.contains(t.word(i).toLowerCase(java.util.Locale.ROOT)) || !t.relIs(i, "nsubj", "nsubj:pass") || t.head(i) < 0) continue;
            int v = t.head(i);
            if (t.lemma(v).equals("kill") || t.lemma(v).equals("die") || DEATH_WORDS.contains(t.word(v))) return 0;
        }
        Integer total = null;
        for (int i = 0; i < n; i++) {
            String w = t.word(i), l = t.lemma(i);
            if (!(DEATH_WORDS.contains(w) || l.equals("kill") || l.equals("die"))) continue;
            if (w.equals("lives") && (i == 0 || !t.lemma(i - 1).equals("their"))) continue;
            Integer k = nearestNumber(t, i);
            if (k != null) total = total == null ? k : total + k;
        }
        return total;
    }

    /**
     * The count of the dead: the numbers of the phrase before the death word ("10 soldiers and eight civilians
     * have been killed" is 18, "at least 15 people, including children, have been killed" 15), else the number
     * after it ("killing at least eight people").
     */
    private static Integer nearestNumber(ParseTree t, int at) {
        Integer sum = null;
        for (int i = at - 1; i >= 0 && at - i <= 10; i--) {
            String p = t.pos(i);
            if (p.startsWith("VB") && !AUXILIARIES.contains(t.lemma(i))) break;
            // "killed 50 soldiers and two of its fighters had died": the other clause counts its own dead
            if (DEATH_WORDS.contains(t.word(i)) || t.lemma(i).equals("kill") || t.lemma(i).equals("die")) break;
            if (p.equals("IN") && !t.word(i).equals("of") || t.word(i).equals(";")) break;
            Integer n = number(t, i);
            if (n != null) sum = sum == null ? n : sum + n;
        }
        if (sum != null) return sum;
        for (int i = at + 1; i < t.size() && i - at <= 4; i++) {
            Integer n = number(t, i);
            if (n != null) return n;
        }
        return null;
    }

    /** Verbs that do not end the phrase of the dead: auxiliaries, and "including" in "15 people, including children". */
    private static final Set<String> AUXILIARIES = WordLists.bundled().set("TOLL_PHRASE_VERB");

    private static Integer number(ParseTree t, int i) {
        String w = t.word(i).replace(",", "");
        if (w.matches("\\d{1,5}")) {
            int v = Integer.parseInt(w);
            if (v >= 1900 && v <= 2100) return null;
            // "March 10", "10 March": a date, not a count
            if (i > 0 && isMonth(t.word(i - 1))) return null;
            if (i + 1 < t.size() && (isMonth(t.word(i + 1)) || t.word(i + 1).equals("%") || t.word(i + 1).startsWith("km"))) return null;
            return v;
        }
        if (w.equals("a") || w.equals("an")) {
            // "a dozen", but not "a soldier"
            return i + 1 < t.size() && t.word(i + 1).equals("dozen") ? 12 : null;
        }
        Integer v = NUMBER_WORDS.get(w);
        if (v != null && w.equals("one") && i + 1 < t.size() && t.word(i + 1).equals("another")) return null;
        return v;
    }

    /** Month names (the JDK's English names, as the lexicon is English) and the lexicon's abbreviations ("Sept."). */
    private static final Set<String> MONTHS = months();

    private static Set<String> months() {
        Set<String> out = new java.util.HashSet<>(WordLists.bundled().numbers("MONTH_ABBREVIATION").keySet());
        for (java.time.Month m : java.time.Month.values()) {
            out.add(m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static boolean isMonth(String w) {
        return MONTHS.contains(w.toLowerCase(java.util.Locale.ROOT).replace(".", ""));
    }
}
