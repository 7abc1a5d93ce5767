package org.faultline.ingest;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small detector that tells English from other languages: by script first (Cyrillic, Arabic, CJK, Armenian,
 * Georgian, Hebrew, ...), then, for Latin-script text, by counting common function words. It rejects only text
 * where another language clearly dominates, so an English article quoting a few foreign words passes. It judges a
 * single line too: a dozen letters of another script, or, in a line of four words or more, two function words of
 * another language and fewer than half as many English ones.
 */
final class LanguageGuess {
    private LanguageGuess() {}

    /** Letters needed before the script decides. */
    private static final int MIN_LETTERS = 12;
    /** Words a Latin-script text needs before it is judged at all. */
    private static final int MIN_WORDS = 4;
    /** Another language's function words needed, whatever the length (a line), and in a long text. */
    private static final int MIN_FUNCTION_WORDS = 2, MAX_FUNCTION_WORDS = 6;
    /** Words per function word needed: a text of 8n words needs n of them, from 2 up to 6. */
    private static final int WORDS_PER_FUNCTION_WORD = 8;
    private static final int SAMPLE_CHARS = 50_000;

    private static final Set<String> ENGLISH = words("the of and to in on at that for was were is are be been with as by it "
            + "its from has have had said not this which but an their they he she will would also who after over");

    /** Function words of other Latin-script languages, without words English also uses often. */
    private static final Map<String, Set<String>> OTHERS = new LinkedHashMap<>();

    static {
        OTHERS.put("Spanish", words("el la los las del que y en un una por con para es se al su sus como pero más fue "
                + "este esta ha han sobre entre también según desde muy sin dijo durante tras hasta contra ya hay está "
                + "están son lo le"));
        OTHERS.put("French", words("le la les des du et est une un dans pour que qui sur pas par au aux avec ce cette "
                + "sont été il elle ont mais ses leur selon très sans ne nous ils elles lui où dont vers sous contre "
                + "depuis après avant était avait"));
        OTHERS.put("German", words("der die das und ist nicht ein eine den dem des mit von zu im auf für sich auch "
                + "wird wurde sind nach bei aus wie oder über hat haben ihre ihr unter gegen seit zum zur einen einem "
                + "einer noch nur vom dass sagte werden wurden keine kein es sie er jede jeder jeden"));
        OTHERS.put("Italian", words("il lo gli di che e è un una per con non del della dei delle nel nella sono "
                + "stato anche come più ha alla al la le hanno stata questo questa dopo contro secondo tra ogni durante"));
        OTHERS.put("Portuguese", words("o os de do da dos das que e em um uma para com não no na nos por mais foi "
                + "são ao à pelo pela também disse foram pelas pelos após sem já durante"));
        OTHERS.put("Dutch", words("de het een en van dat niet op te voor met zijn er door werd bij ook naar maar "
                + "deze wordt als uit"));
        OTHERS.put("Turkish", words("ve bir bu da de ile için olarak çok gibi daha olan kadar sonra ancak ise göre "
                + "değil şekilde"));
        OTHERS.put("Azerbaijani", words("və bir bu da də ilə üçün olan edib tərəfindən isə görə sonra daha kimi "
                + "artıq hər çox"));
        OTHERS.put("Polish", words("w na z się nie że jest jak po od przez dla oraz są był"));
        OTHERS.put("Indonesian", words("yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga"));
    }

    private static Set<String> words(String s) {
        return Set.of(s.split(" "));
    }

    /** The language the text looks like when that is clearly not English, else null. */
    static String nonEnglish(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String script = dominantNonLatinScript(sample);
        if (script != null) return script;
        int english = 0, words = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) continue;
            words++;
            if (ENGLISH.contains(w)) english++;
            for (var e : OTHERS.entrySet()) if (e.getValue().contains(w)) counts.merge(e.getKey(), 1, Integer::sum);
        }
        if (words < MIN_WORDS) return null;
        String best = null;
        int bestCount = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        int needed = Math.max(MIN_FUNCTION_WORDS, Math.min(MAX_FUNCTION_WORDS, words / WORDS_PER_FUNCTION_WORD));
        if (best == null || bestCount < needed || bestCount <= 2 * english) return null;
        if (best.equals("Turkish") && sample.indexOf('ə') >= 0) return "Azerbaijani";
        return best;
    }

    /** The language of the dominant script when most letters are not Latin, else null. */
    private static String dominantNonLatinScript(String s) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        int total = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters.merge(UnicodeScript.of(cp), 1, Integer::sum);
            total++;
        }
        if (total < MIN_LETTERS) return null;
        int latin = letters.getOrDefault(UnicodeScript.LATIN, 0);
        if (latin * 2 >= total) return null;
        UnicodeScript top = null;
        int topCount = 0;
        for (var e : letters.entrySet()) {
            if (e.getKey() != UnicodeScript.LATIN && e.getValue() > topCount) {
                top = e.getKey();
                topCount = e.getValue();
            }
        }
        int kana = letters.getOrDefault(UnicodeScript.HIRAGANA, 0) + letters.getOrDefault(UnicodeScript.KATAKANA, 0);
        if (top == UnicodeScript.HAN && kana > 0) return "Japanese";
        return switch (top) {
            case CYRILLIC -> s.matches("(?s).*[іїєґІЇЄҐ].*") ? "Ukrainian" : "Russian";
            case ARABIC -> s.matches("(?s).*[پچژگ].*") ? "Persian" : "Arabic";
            case HAN -> "Chinese";
            case HIRAGANA, KATAKANA -> "Japanese";
            case HANGUL -> "Korean";
            case ARMENIAN -> "Armenian";
            case GEORGIAN -> "Georgian";
            case HEBREW -> "Hebrew";
            case GREEK -> "Greek";
            case DEVANAGARI -> "Hindi";
            case THAI -> "Thai";
            default -> top.name().charAt(0) + top.name().substring(1).toLowerCase(Locale.ROOT) + "-script text";
        };
    }
}
