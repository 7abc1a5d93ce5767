package org.faultline.names;

import org.faultline.lexicon.NameMarkers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text around one written name: the marks on it (scare quotes, a BEFORE phrase) and the name form it is
 * part of (a FRAME: "Eastmark region of Freedonia"). The words are {@link NameMarkers}' data; this is the mechanism.
 */
final class Marks {
    static final String SCARE_QUOTES = "scare quotes";
    /** Capitalised words that may follow a name inside its quotation marks ("Freedonia Republic"). */
    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{N}'’-]|\\.(?=\\p{L}))*";
    private static final String NAME_WORDS = "((?:\\s+" + WORD + "){0,3})";

    private final NameMarkers markers;
    private final List<Pattern> closers = new ArrayList<>();
    private final List<Pattern> frames = new ArrayList<>();

    Marks(NameMarkers markers) {
        if (markers == null) throw new IllegalArgumentException("markers must not be null");
        this.markers = markers;
        for (NameMarkers.Quotes q : markers.quotes())
            closers.add(Pattern.compile("^" + NAME_WORDS + Pattern.quote(q.close()) + "(?![\\p{L}\\p{N}])"));
        for (String f : markers.frames())
            frames.add(Pattern.compile("^\\s+((?i:" + Pattern.quote(f).replace(" ", "\\E\\s+\\Q")
                    + "))\\s+((?:the\\s+)?" + WORD + "(?:\\s+" + WORD + "){0,2})"));
    }

    /**
     * The marks on the name written between {@code before} and {@code after}: scare quotes, then a BEFORE phrase in
     * front of it, or one that the written name itself opens with (an other name "Occupied Golan").
     */
    List<String> of(String written, String before, String after) {
        List<String> out = new ArrayList<>();
        String quoteOpen = null;
        for (NameMarkers.Quotes q : markers.quotes()) {
            if (!before.endsWith(q.open())) continue;
            int at = before.length() - q.open().length();
            if (at > 0 && Character.isLetterOrDigit(before.charAt(at - 1))) continue;   // an apostrophe inside a word
            quoteOpen = q.open();
            if (closers.get(markers.quotes().indexOf(q)).matcher(after).find()) {
                out.add(SCARE_QUOTES);
                break;
            }
        }
        // the words before the name, past an opening quotation mark and spaces
        String lead = before;
        if (quoteOpen != null) lead = lead.substring(0, lead.length() - quoteOpen.length());
        lead = lead.stripTrailing().toLowerCase(Locale.ROOT);
        String name = written.toLowerCase(Locale.ROOT);
        for (String phrase : markers.before()) {
            int at = lead.length() - phrase.length();
            boolean inFront = lead.endsWith(phrase) && (at == 0 || !Character.isLetterOrDigit(lead.charAt(at - 1)));
            if (!inFront && !name.startsWith(phrase + " ")) continue;
            out.add(phrase);
            break;
        }
        return out;
    }

    /** The name with the FRAME that follows it ("Eastmark region of Freedonia"), or {@code name} when none does. */
    String form(String name, String after) {
        for (Pattern p : frames) {
            Matcher m = p.matcher(after);
            if (m.find()) return name + " " + m.group(1).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) + " "
                    + m.group(2).replaceAll("\\s+", " ").replaceFirst("^(?i)the ", "");
        }
        return name;
    }
}
