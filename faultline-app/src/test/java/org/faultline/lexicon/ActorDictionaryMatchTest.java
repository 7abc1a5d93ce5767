package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorDictionaryMatchTest {
    private final ActorDictionary d = ActorDictionary.bundled();

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    private PhraseMatch match(String sentence, int from) {
        return d.longestMatch(words(sentence), null, from).orElseThrow(() -> new AssertionError("no match at " + from + " in " + sentence));
    }

    @Test
    void countryThenAgentPhrase() {
        String s = "Azerbaijan 's Ministry of Defense said on Tuesday";
        PhraseMatch country = match(s, 0);
        assertEquals("AZE", country.entry().code());
        assertEquals(ActorKind.COUNTRY, country.entry().kind());
        assertEquals(1, country.length());
        PhraseMatch ministry = match(s, 2);
        assertEquals("MIL", ministry.entry().code());
        assertEquals(ActorKind.AGENT, ministry.entry().kind());
        assertEquals(3, ministry.length());
    }

    @Test
    void possessiveInsideOneTokenStillMatchesTheName() {
        PhraseMatch m = match("Azerbaijan's army", 0);
        assertEquals("AZE", m.entry().code());
        assertEquals(1, m.length());
    }

    @Test
    void adjectiveThenAgent() {
        String s = "the Azerbaijani defense ministry reported shelling";
        PhraseMatch adjective = match(s, 1);
        assertEquals(ActorKind.ADJECTIVE, adjective.entry().kind());
        assertEquals("AZE", adjective.entry().country());
        PhraseMatch ministry = match(s, 2);
        assertEquals("MIL", ministry.entry().sector());
        assertEquals(2, ministry.length());
    }

    @Test
    void shortAcronymMatchesOnlyInCapitals() {
        assertEquals("USA", match("US troops left", 0).entry().code());
        assertTrue(d.longestMatch(words("let us talk"), null, 1).isEmpty());
        assertTrue(d.longestMatch(words("this is it"), null, 1).isEmpty());
        assertEquals("IMGMUSISI", match("fighters of IS attacked", 2).entry().code());
        assertEquals("IGOUNO", match("the UN said", 1).entry().code());
        assertTrue(d.longestMatch(words("un peu"), null, 0).isEmpty());
    }

    @Test
    void properNamesNeedTheirCapital() {
        assertEquals("TUR", match("Turkey closed the border", 0).entry().code());
        assertTrue(d.longestMatch(words("a turkey dinner"), null, 1).isEmpty());
    }

    @Test
    void personIsCodedByTheRoleInForce() {
        ActorEntry putin2015 = d.longestMatch(words("Putin said"), null, 0, LocalDate.of(2015, 6, 1)).orElseThrow().entry();
        assertEquals("RUSGOV", putin2015.code());
        assertEquals("Vladimir Putin", putin2015.canonical());
        ActorEntry obama2012 = d.longestMatch(words("Obama said"), null, 0, LocalDate.of(2012, 3, 1)).orElseThrow().entry();
        assertEquals("USAGOV", obama2012.code());
        ActorEntry obama2020 = d.longestMatch(words("Obama said"), null, 0, LocalDate.of(2020, 3, 1)).orElseThrow().entry();
        assertEquals("USAELI", obama2020.code());
        ActorEntry shoigu2020 = d.longestMatch(words("Sergei Shoigu said"), null, 0, LocalDate.of(2020, 3, 1)).orElseThrow().entry();
        assertEquals("RUSMIL", shoigu2020.code());
        ActorEntry shoigu2025 = d.longestMatch(words("Sergei Shoigu said"), null, 0, LocalDate.of(2025, 3, 1)).orElseThrow().entry();
        assertEquals("RUSGOV", shoigu2025.code());
    }

    @Test
    void withoutADateThePersonComesInTheLatestRole() {
        ActorEntry shoigu = match("Shoigu visited", 0).entry();
        assertEquals("RUSGOV", shoigu.code());
        assertEquals(null, shoigu.to());
    }

    @Test
    void agentsMatchOnLemmasAndOnPlurals() {
        List<String> w = words("Armenian soldiers opened fire");
        List<String> lemmas = words("Armenian soldier open fire");
        PhraseMatch soldiers = d.longestMatch(w, lemmas, 1).orElseThrow();
        assertEquals("MIL", soldiers.entry().sector());
        assertEquals(1, soldiers.length());
        assertEquals("MIL", d.longestMatch(w, null, 1).orElseThrow().entry().sector(), "plural without lemmas");
        assertEquals("CVL", match("three villagers were hurt", 1).entry().sector());
        assertEquals("REB", match("local militias regrouped", 1).entry().sector());
    }

    @Test
    void longestPhraseWins() {
        PhraseMatch police = match("a police officer was hurt", 1);
        assertEquals("COP", police.entry().sector());
        assertEquals(2, police.length());
        PhraseMatch officer = match("an officer was hurt", 1);
        assertEquals("MIL", officer.entry().sector());
        PhraseMatch korea = match("North Korean troops", 0);
        assertEquals("PRK", korea.entry().code());
        assertEquals(2, korea.length());
    }

    @Test
    void organisationsAndGroups() {
        PhraseMatch nato = match("the North Atlantic Treaty Organization met", 1);
        assertEquals("IGOWSTNAT", nato.entry().code());
        assertEquals("NATO", nato.entry().org());
        assertEquals(4, nato.length());
        PhraseMatch hezbollah = match("Hezbollah fired rockets", 0);
        assertEquals("LBN", hezbollah.entry().country());
        assertEquals("REB", hezbollah.entry().sector());
        PhraseMatch kremlin = match("the Kremlin denied it", 1);
        assertEquals("RUSGOV", kremlin.entry().code());
        PhraseMatch pentagon = match("the Pentagon said", 1);
        assertEquals("USAMIL", pentagon.entry().code());
        PhraseMatch rada = match("the Verkhovna Rada voted", 1);
        assertEquals("UKRLEG", rada.entry().code());
        assertEquals(2, rada.length());
    }

    @Test
    void hyphenatedNamesMatchWhetherOrNotTheTokenizerSplitsThem() {
        assertEquals("SOMREBSHB", match("al-Shabaab fighters", 0).entry().code());
        PhraseMatch split = match("al - Shabaab fighters", 0);
        assertEquals("SOMREBSHB", split.entry().code());
        assertEquals(3, split.length());
    }

    @Test
    void accentsAndCurlyApostrophesAreFolded() {
        assertEquals("CIV", match("Cote d'Ivoire voted", 0).entry().code());
        assertEquals("CIV", match("Côte d\u2019Ivoire voted", 0).entry().code());
    }

    @Test
    void noMatchGivesEmpty() {
        assertTrue(d.longestMatch(words("the weather was fine"), null, 1).isEmpty());
    }

    @Test
    void argumentsAreChecked() {
        List<String> w = words("Putin said");
        String msg = assertThrows(IllegalArgumentException.class, () -> d.longestMatch(w, null, 5)).getMessage();
        assertTrue(msg.contains("5"), msg);
        assertThrows(IllegalArgumentException.class, () -> d.longestMatch(w, words("one"), 0));
        assertThrows(IllegalArgumentException.class, () -> d.country("usa"));
    }

    @Test
    void plusLetsTheOtherDictionaryWin() {
        Map<String, Reader> extra = Map.of("groups.txt", new StringReader("NORREBPUT\tNOR\tREB\tPutin\n"),
                "countries.txt", new StringReader("NOR\tNorland\n"));
        ActorDictionary merged = d.plus(ActorDictionary.load(extra));
        assertEquals("NORREBPUT", merged.longestMatch(words("Putin said"), null, 0).orElseThrow().entry().code());
        assertEquals("RUSGOV", d.longestMatch(words("Putin said"), null, 0).orElseThrow().entry().code());
        assertEquals("Norland", merged.country("NOR").orElseThrow().canonical());
        assertFalse(d.country("NOR").map(ActorEntry::canonical).filter("Norland"::equals).isPresent());
        Optional<PhraseMatch> kremlin = merged.longestMatch(words("the Kremlin"), null, 1);
        assertEquals("RUSGOV", kremlin.orElseThrow().entry().code(), "entries the other does not know stay");
    }

    @Test
    void bundledIsCached() {
        assertTrue(ActorDictionary.bundled() == ActorDictionary.bundled());
    }
}
