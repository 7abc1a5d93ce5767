package org.faultline.extract;

import org.faultline.model.Sentence;
import org.faultline.model.Zone;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.faultline.model.Zone.BODY;
import static org.faultline.model.Zone.BYLINE;
import static org.faultline.model.Zone.CAPTION;
import static org.faultline.model.Zone.DATELINE;
import static org.faultline.model.Zone.HEADLINE;
import static org.faultline.model.Zone.QUESTION;
import static org.faultline.model.Zone.QUOTE;
import static org.faultline.model.Zone.SUBHEADING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Zones on made-up pages; sentences are cut by hand here, so no CoreNLP is needed. */
class ZoneFinderTest {
    private final ZoneFinder finder = new ZoneFinder();

    @Test
    void aPageWithEveryZone() {
        String text = """
                Border guards trade fire near the northern pass

                By Jane Doe and Ravi Mehta

                VELMARA, Ostland (Reuters) \u2014 Border guards exchanged fire on Tuesday, the interior ministry said. Two guards were wounded.

                Pictured: a patrol boat on the river at dawn

                The ministry said the shooting lasted an hour.

                Who controls the pass?

                \u201cWe will not give up a single metre.\u201d

                Talks are to resume next week.

                The road to the pass
                """;
        assertZones(text, null, HEADLINE, BYLINE, DATELINE, BODY, CAPTION, BODY, QUESTION, QUOTE, BODY, SUBHEADING);
    }

    @Test
    void headlineNeedsAShortFirstLineWithoutFullStop() {
        assertZones("Rebels shell the river port\nThe rebels shelled the port on Sunday.\n", null, HEADLINE, BODY);
        assertZones("Rebels shelled the river port on Sunday.\nThe army said it fired back.\n", null, BODY, BODY);
        // a standfirst first, the headline on the second line
        assertZones("Three villages were shelled overnight, officials said.\nShelling hits three villages\nThe army denied it.\n",
                null, BODY, HEADLINE, BODY);
        // a text of one line has no headline
        assertZones("Rebels shell the river port", null, BODY);
    }

    @Test
    void aTitleFromTheHtmlIsTheHeadlineOnlyWhereTheTextRepeatsIt() {
        String text = "Rebels shell the river port\n\nThe rebels shelled the port on Sunday.\n";
        assertZones(text, "Rebels shell the river port | Example Wire", HEADLINE, BODY);
        assertZones("Night of shelling\n\nThe rebels shelled the port on Sunday.\n", "Rebels shell the river port",
                SUBHEADING, BODY);
    }

    @Test
    void datelinesOfSeveralShapes() {
        assertZones("KARSTOV \u2013 Gunmen attacked a checkpoint on Monday. Nobody was hurt.\n", null, DATELINE, BODY);
        assertZones("Lorvik (AFP) - Gunmen attacked a checkpoint on Monday.\n", null, DATELINE);
        assertZones("(Wire- Example News Agency (KUNA)) PORT ELAN, March 3 (KUNA) -- Gunmen attacked a checkpoint.\n",
                null, DATELINE);
        assertZones("Updated 12 March 2021 09:40 GMT\nGunmen attacked a checkpoint on Monday.\n", null, DATELINE, BODY);
        assertZones("PORT ELAN, MARCH 3, EXAMPLEWIRE. Gunmen attacked a checkpoint on Monday.\n", null, DATELINE, BODY);
        // a headline with a colon is no dateline
        assertZones("Border clash: the ministry says two guards were hurt.\nThe army denied it.\n", null, BODY, BODY);
        // a dash in the body does not make one either
        assertZones("The army said it fired back.\n\nNATO \u2014 which has troops nearby \u2014 called for calm.\n", null,
                BODY, BODY);
    }

    @Test
    void captionsByOpenerCreditOrTheLineACreditCloses() {
        String credited = "Rebels shell the river port\n\n"
                + "Smoke rises over the harbour after the shelling\n"
                + "A crane lies on its side [Photo by Lena Ortiz]\n\n"
                + "The rebels shelled the port on Sunday.\n";
        assertZones(credited, null, HEADLINE, CAPTION, CAPTION, BODY);
        String standalone = "The rebels shelled the port on Sunday.\n"
                + "A fisherman looks at his burnt boat on the quay.\n"
                + "(File photo)\n"
                + "The army said it fired back.\n";
        assertZones(standalone, null, BODY, CAPTION, CAPTION, BODY);
        assertZones("The rebels shelled the port.\n\nPhoto: smoke over the quay\n\nThe army fired back.\n", null,
                BODY, CAPTION, BODY);
    }

    @Test
    void bylinesAreShortLinesOfNames() {
        assertZones("The rebels shelled the port.\n\nReporting by Tomas Berg; Editing by Ana Silva\n", null, BODY, BYLINE);
        assertZones("The rebels shelled the port.\n\nBy Friday the rebels had withdrawn from the quay.\n", null, BODY, BODY);
    }

    @Test
    void questionsAndQuotes() {
        String text = "The rebels shelled the port. Why did the talks fail? He asked: \u201cWhy did they shell the school?\u201d\n"
                + "\u201cWe fired back. We had no choice,\u201d the colonel said.\n"
                + "\u201cThe port is ours. It will stay ours.\n";
        assertZones(text, null, BODY, QUESTION, BODY, QUOTE, BODY, QUOTE, QUOTE);
    }

    @Test
    void cueRowsAreCheckedWithFileAndLine() {
        assertTrue(finder != null && ZoneCues.bundled().cues(ZoneCues.Kind.BYLINE).contains(List.of("by")));
        assertLoadError("BYLINE\tby\tBy Jane Doe\n\nSIGNATURE\tby\tBy Jane\n", "zone-cues.txt:3: unknown zone cue kind 'SIGNATURE'");
        assertLoadError("BYLINE\tby\n", "zone-cues.txt:1: expected KIND<TAB>cue<TAB>example");
        assertLoadError("BYLINE\tBy\tBy Jane Doe\n", "zone-cues.txt:1: cue 'By' is not lower-case");
        assertLoadError("CAPTION_OPENER\tphoto\tPictured: a boat\n", "zone-cues.txt:1: example 'Pictured: a boat' does not hold");
        assertLoadError("BYLINE\tby\tBy Jane\n# x\nBYLINE\tby\tBy Ravi\n", "zone-cues.txt:3: BYLINE cue 'by' appears twice");
    }

    private static void assertLoadError(String rows, String prefix) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ZoneCues.read(new StringReader(rows), "zone-cues.txt"));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    private void assertZones(String text, String title, Zone... expected) {
        List<Sentence> sentences = sentences(text);
        List<Zone> zones = finder.find(text, title, sentences);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) shown.append('\n').append(zones.get(i)).append(": ").append(sentences.get(i).text());
        assertEquals(List.of(expected), zones, shown.toString());
    }

    /** Sentences as a splitter cuts them: at every line end, and after . ? ! (and a closing quote) before a space. */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (start < 0) {
                if (!Character.isWhitespace(c)) start = i;
                else continue;
            }
            int end = -1;
            if (c == '\n') {
                end = i;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            } else if (".?!".indexOf(c) >= 0) {
                int k = i + 1;
                while (k < text.length() && "\u201d\"".indexOf(text.charAt(k)) >= 0) k++;
                if (k >= text.length() || text.charAt(k) == ' ' || text.charAt(k) == '\n') {
                    end = k;
                    i = k - 1;
                }
            }
            if (end > start) {
                out.add(new Sentence(out.size(), start, end, text.substring(start, end), List.of(), List.of()));
                start = -1;
            } else if (end >= 0) {
                start = -1;
            }
        }
        return out;
    }
}
