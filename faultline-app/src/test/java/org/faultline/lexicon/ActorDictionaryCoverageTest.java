package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Checks that the bundled files cover what they promise. */
class ActorDictionaryCoverageTest {
    private final ActorDictionary d = ActorDictionary.bundled();

    private long count(ActorKind kind) {
        return d.entries().stream().filter(e -> e.kind() == kind).count();
    }

    @Test
    void everyIsoCountryHasANameAndAnAdjective() {
        Set<String> codes = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.add("XKX");
        List<String> missing = new ArrayList<>();
        for (String iso : codes) {
            if (d.country(iso).isEmpty()) missing.add(iso + " (name)");
            if (d.byCountry(iso).stream().noneMatch(e -> e.kind() == ActorKind.ADJECTIVE)) missing.add(iso + " (adjective)");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aCountryNameOrAdjectiveBelongsToOneCountry() {
        Map<String, String> countryOf = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (ActorEntry e : d.entries()) {
            if (e.kind() != ActorKind.COUNTRY && e.kind() != ActorKind.ADJECTIVE) continue;
            for (String alias : d.aliasesOf(e)) {
                String before = countryOf.putIfAbsent(alias, e.country());
                if (before != null && !before.equals(e.country())) clashes.add(alias + ": " + before + "/" + e.country());
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void organisationsGroupsAndPeopleAreNumerous() {
        assertTrue(count(ActorKind.ORGANIZATION) >= 60, "organisations: " + count(ActorKind.ORGANIZATION));
        assertTrue(count(ActorKind.GROUP) >= 120, "groups: " + count(ActorKind.GROUP));
        assertTrue(count(ActorKind.PERSON) >= 300, "people: " + count(ActorKind.PERSON));
        long peopleCountries = d.entries().stream().filter(e -> e.kind() == ActorKind.PERSON)
                .map(ActorEntry::country).distinct().count();
        assertTrue(peopleCountries >= 60, "countries with people: " + peopleCountries);
    }

    @Test
    void everyPersonAndGroupHasAKnownCountry() {
        List<String> unknown = d.entries().stream()
                .filter(e -> e.kind() == ActorKind.PERSON || e.kind() == ActorKind.GROUP)
                .filter(e -> e.country() != null && d.country(e.country()).isEmpty())
                .map(e -> e.canonical() + " " + e.country()).toList();
        assertEquals(List.of(), unknown);
    }

    @Test
    void theCameoAgentSectorsAreAllThere() {
        Set<String> sectors = new TreeSet<>();
        d.entries().stream().filter(e -> e.kind() == ActorKind.AGENT).forEach(e -> sectors.add(e.sector()));
        for (String s : List.of("GOV", "MIL", "REB", "OPP", "MED", "CVL", "COP", "JUD", "LEG", "BUS", "EDU", "HLH",
                "REF", "LAB", "ELI", "SPY", "NGO", "IGO"))
            assertTrue(sectors.contains(s), "agent sector " + s + " missing from " + sectors);
    }

    @Test
    void noAgentPhraseIsListedTwice() {
        Map<String, ActorEntry> seen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (ActorEntry e : d.entries()) {
            if (e.kind() != ActorKind.AGENT) continue;
            for (String alias : d.aliasesOf(e)) {
                ActorEntry before = seen.put(alias, e);
                if (before != null && before != e) twice.add(alias + " (" + before.sector() + ", " + e.sector() + ")");
            }
        }
        assertEquals(List.of(), twice);
    }

    @Test
    void aPersonsRolesDoNotLeaveTheSameNameInTwoCountries() {
        Map<String, String> countryOf = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (ActorEntry e : d.entries()) {
            if (e.kind() != ActorKind.PERSON || e.country() == null) continue; // moving to an IGO post is fine
            String before = countryOf.putIfAbsent(e.canonical(), e.country());
            if (before != null && !before.equals(e.country())) clashes.add(e.canonical());
        }
        assertEquals(List.of(), clashes);
    }
}
