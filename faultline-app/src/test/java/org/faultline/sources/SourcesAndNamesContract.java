package org.faultline.sources;

import org.faultline.names.NameCount;
import org.faultline.names.NameQuery;
import org.faultline.names.Naming;
import org.faultline.names.PlaceNames;
import org.faultline.names.Tally;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Source track records and naming politics on a real store holding {@link TrackRecordCorpus}; run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class SourcesAndNamesContract {
    protected Store store;

    protected abstract Store openEmpty();

    @BeforeEach
    void fill() {
        store = openEmpty();
        assertEquals(TrackRecordCorpus.documents().size(), store.putAll(TrackRecordCorpus.documents()));
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    private SourceRecord record(String key) {
        Optional<SourceRecord> r = SourceRecords.of(store, SourceQuery.all()).stream().filter(x -> x.key().equals(key)).findFirst();
        assertTrue(r.isPresent(), "a record of " + key);
        return r.get();
    }

    @Test
    void aSourceWhoseClaimsAreDeniedTwiceShowsTwoDenied() {
        SourceRecord r = record(TrackRecordCorpus.SOUTH_MOD_KEY);
        assertEquals("Sudland defence ministry", r.name());
        assertEquals("NZL", r.country());
        assertEquals(2, r.claims(), "two reports; the claims about them are the same claims");
        assertEquals(2, r.denied(), "denied by the Nordland defence ministry and the Nordland government");
        assertEquals(Map.of("Nordland defence ministry", 1, "Nordland government", 1), r.deniedBy(),
                "its own government taking a claim back is no denial by another side");
        assertEquals(1, r.corroborated(), "the monitors, another side, tell the Rivertown shelling too");
        assertEquals(0, r.denials());
        assertEquals(LocalDate.of(2024, 3, 1), r.first(), "the citation's day");
        assertEquals(LocalDate.of(2024, 3, 11), r.last(), "the document's day where no citation dates it");
        assertEquals("Sudland defence ministry: 2 claims, 2 denied by Nordland defence ministry and Nordland government, 1 corroborated",
                r.summary());
    }

    @Test
    void tollsAreSetBesideTheMedianOfTheOtherReports() {
        SourceRecord south = record(TrackRecordCorpus.SOUTH_MOD_KEY);
        assertEquals(1, south.figures(), "Hilltop has no other report to compare with");
        assertEquals(1, south.above());
        assertEquals(0, south.below());
        assertEquals(5.0, south.aboveBy(), 1e-9, "10 against the median of 4 and 6");
        SourceRecord monitors = record(TrackRecordCorpus.MONITORS_KEY);
        assertEquals(1, monitors.below());
        assertEquals(4.0, monitors.belowBy(), 1e-9, "4 against the median of 10 and 6");
        assertNull(monitors.country(), "an organisation has no country");
        assertEquals(1, monitors.corroborated());
        assertEquals(1, monitors.denied(), "the denial of the Rivertown shelling denies the monitors' account too");
        SourceRecord north = record(TrackRecordCorpus.NORTH_MOD_KEY);
        assertEquals(1, north.figures());
        assertEquals(0, north.above() + north.below(), "1 against the Nordland government's 1");
        assertEquals(0, north.corroborated(), "the Nordland government is the same side: no independent corroboration");
        assertEquals(1, north.denials());
        assertEquals(LocalDate.of(2024, 3, 2), north.first(), "its denial");
    }

    @Test
    void aCitedOutletIsASourceOfItsCountry() {
        SourceRecord r = record(TrackRecordCorpus.OUTLET_KEY);
        assertEquals("outlet", r.kind());
        assertEquals("Defence.govt.nz", r.name());
        assertEquals("NZL", r.country(), "from its web domain");
        assertEquals(1, r.claims());
        assertEquals(1, r.denied());
        assertEquals(1, r.corroborated());
    }

    @Test
    void queriesSelectByCountryAndKey() {
        List<SourceRecord> nz = SourceRecords.of(store, new SourceQuery("NZL", null));
        assertEquals(List.of("actor:NZLMIL", "outlet:defence.govt.nz", "actor:NZLGOV"), nz.stream().map(SourceRecord::key).toList());
        List<SourceRecord> two = SourceRecords.of(store, new SourceQuery(null, java.util.Set.of(TrackRecordCorpus.NORTH_MOD_KEY, "actor:nobody")));
        assertEquals(1, two.size());
        assertThrows(IllegalArgumentException.class, () -> new SourceQuery("nz", null));
        assertThrows(IllegalArgumentException.class, () -> new SourceQuery(null, java.util.Set.of("AUSMIL")));
    }

    private PlaceNames eastmark() {
        List<PlaceNames> places = Naming.of(store, new NameQuery("ostmark"));
        assertEquals(1, places.size(), "found by another name, in any case");
        return places.get(0);
    }

    private static NameCount name(PlaceNames p, String name) {
        return p.uses().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + p));
    }

    private static Tally who(List<Tally> ts, String who) {
        return ts.stream().filter(t -> java.util.Objects.equals(t.who(), who)).findFirst().orElseThrow(() -> new AssertionError(who + " in " + ts));
    }

    @Test
    void anOutletThatWritesANameInScareQuotesIsCountedAsMarked() {
        PlaceNames p = eastmark();
        assertEquals("Eastmark", p.place());
        assertEquals(List.of("Eastmark", "Ostmark", "Republic of Eastmark"), p.names());
        assertEquals(10, p.mentions());
        assertEquals(4, p.marked());
        NameCount republic = name(p, "Republic of Eastmark");
        assertEquals(Map.of("scare quotes", 1, "so-called", 1), republic.markers());
        Tally kappa = who(republic.outlets(), "Kappa Courier");
        assertEquals(1, kappa.mentions());
        assertEquals(1, kappa.marked());
        NameCount ostmark = name(p, "Ostmark");
        assertEquals(4, ostmark.mentions());
        assertEquals(2, ostmark.marked());
        assertEquals(Map.of("scare quotes", 1, "self-proclaimed", 1), ostmark.markers());
        assertEquals(1, who(ostmark.outlets(), "Mu Mail").marked(), "single quotation marks are scare quotes too");
        assertEquals(0, who(ostmark.outlets(), "Lambda Ledger").marked());
        assertEquals(1, who(ostmark.countries(), "AUS").mentions(), "said in the Nordland defence ministry's report");
        assertEquals(3, who(ostmark.countries(), null).mentions(), "the outlets' own voice");
    }

    @Test
    void plainUsesQuotationsAndFramesAreToldApart() {
        PlaceNames p = eastmark();
        NameCount plain = name(p, "Eastmark");
        assertEquals(4, plain.mentions(), "across, a possessive, occupied, and a quotation");
        assertEquals(1, plain.marked(), "only 'occupied': a quotation opening with the name and a possessive are no scare quotes");
        assertEquals(Map.of("occupied", 1), plain.markers());
        assertEquals(1, who(plain.countries(), "AUS").mentions(), "the quotation's speaker");
        assertEquals(3, plain.documents());
        NameCount framed = name(p, "Eastmark region of Sudland");
        assertEquals(1, framed.mentions());
        assertEquals(0, framed.marked());
        assertEquals(LocalDate.of(2024, 3, 12), framed.first());
        assertEquals(Map.of(2024, 1), framed.years());
        assertEquals(LocalDate.of(2024, 3, 11), plain.first());
        assertEquals(LocalDate.of(2024, 3, 22), plain.last());
    }

    @Test
    void placesOfOneNameAreNotListed() {
        List<PlaceNames> all = Naming.of(store, NameQuery.all());
        assertEquals(List.of("Eastmark"), all.stream().map(PlaceNames::place).toList(), "Rivertown and the others have one name");
        assertTrue(Naming.of(store, new NameQuery("Rivertown")).isEmpty());
    }

    @Test
    void theContentVersionChangesWhenADocumentIsStored() {
        String before = store.contentVersion();
        assertEquals(before, store.contentVersion());
        TrackRecordCorpus.Doc extra = new TrackRecordCorpus.Doc("tr-x", "Xi Express", "2024-04-01");
        extra.eastmark("Quiet returned to Eastmark.");
        assertTrue(store.put(extra.build()));
        assertNotEquals(before, store.contentVersion());
        assertEquals(11, eastmark().mentions());
    }
}
