package org.faultline.watch;

import org.faultline.lexicon.CameoTable;
import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.faultline.watch.WatchFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The watch on a real store; each subclass runs it on one database. */
abstract class WatchContract {
    protected Store store;

    protected abstract Store openEmpty() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmpty();
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    private static boolean inWindow(Alert a) {
        return !a.start().isBefore(ONSET) && !a.start().isAfter(PEAK.plusDays(Backtest.GRACE_DAYS));
    }

    @Test
    void anInjectedEscalationRaisesAnAlertOnItsDyadWithinTheWindow() {
        store.putAll(documents(true));
        WatchReport r = Watch.run(store, WatchQuery.all());
        List<Alert> dyad = r.alerts().stream().filter(a -> a.kind().equals("dyad")).toList();
        assertEquals(1, dyad.size(), "one dyad alert: " + dyad);
        Alert a = dyad.get(0);
        assertEquals("ARM-AZE", a.key(), "the escalating dyad, whichever side struck");
        assertTrue(inWindow(a), "fires between onset " + ONSET + " and two days after the peak " + PEAK + ": " + a);
        assertTrue(a.observed() >= 4 && a.observed() > a.expected(), a.toString());
        List<Alert> regions = r.alerts().stream().filter(x -> x.kind().equals("region")).toList();
        assertEquals(List.of("Gazakh, AZE"), regions.stream().map(Alert::key).toList(), "the region of the strikes alerts too");
        assertTrue(inWindow(regions.get(0)), regions.toString());
        assertEquals(DAY0, r.first());
        assertEquals(DAY0.plusDays(DAYS - 1), r.last());
    }

    @Test
    void theContentVersionChangesWithWhatTheWatchReads() {
        String empty = store.contentVersion();
        assertEquals(empty, store.contentVersion(), "stable while nothing changes");
        store.putAll(documents(false));
        String calm = store.contentVersion();
        assertNotEquals(empty, calm, "storing documents changes it");
        assertEquals(calm, store.contentVersion());
        store.putAll(documents(true));
        String escalated = store.contentVersion();
        assertNotEquals(calm, escalated, "reports joining the view change it");
        String someEvent = store.events(org.faultline.store.EventQuery.all().withLimit(1)).get(0).id();
        store.review(someEvent, "status", "contested", "tester");
        assertNotEquals(escalated, store.contentVersion(), "a review changes it");
    }

    @Test
    void aCalmSeriesRaisesNone() {
        store.putAll(documents(false));
        WatchReport r = Watch.run(store, WatchQuery.all());
        assertEquals(List.of(), r.alerts(), "steady background, no alert");
        assertEquals(List.of("ARM-AZE", "IND-PAK", "Punjab, PAK", "Tavush, ARM"), r.series().stream().map(Series::key).toList());
        WatchReport weekly = Watch.run(store, WatchQuery.parse(null, null, null, true));
        assertEquals(List.of(), weekly.alerts(), "weekly: no alert either");
    }

    @Test
    void seriesCountQuadClassesGoldsteinFatalitiesAndContestedEvents() {
        store.putAll(documents(true));
        WatchReport r = Watch.run(store, WatchQuery.parse("aze-arm", null, null, false));
        assertEquals(1, r.series().size(), "only the dyad asked for, named in alphabetical order");
        Series s = r.series().get(0);
        assertEquals("ARM-AZE", s.key());
        Point peak = s.points().stream().filter(p -> p.start().equals(PEAK)).findFirst().orElseThrow();
        // the peak (day 84) holds the background clash (even day) and five strikes; no accusation (84 % 5 != 0)
        assertEquals(6, peak.materialConflict());
        assertEquals(0, peak.verbalConflict() + peak.verbalCooperation() + peak.materialCooperation());
        assertEquals(1 + 5 * 15, peak.fatalities());
        CameoTable t = CameoTable.bundled();
        double g = t.get("190").orElseThrow().goldstein() + 5 * t.get("195").orElseThrow().goldstein();
        assertEquals(g, peak.goldstein(), 0.05);
        assertEquals(2, peak.contested(), "strikes 2 and 4 of the day are denied");
        assertEquals(2 / 6.0, peak.contestedShare(), 1e-9);
        Point accusation = s.points().stream().filter(p -> p.start().equals(DAY0.plusDays(5))).findFirst().orElseThrow();
        assertEquals(1, accusation.verbalConflict(), "an accusation is verbal conflict");
        assertEquals(0, accusation.materialConflict(), "day 5 is odd: no clash");

        WatchReport punjab = Watch.run(store, WatchQuery.parse(null, "punjab", null, false));
        assertEquals(List.of("Punjab, PAK"), punjab.series().stream().map(Series::key).toList());
        Point day0 = punjab.series().get(0).points().get(0);
        assertEquals(1, day0.materialConflict());
        assertEquals(1, day0.verbalCooperation(), "an intent to meet (036, root 03) is verbal cooperation");
        assertEquals(1, day0.contested(), "day 0's fight is contested");
    }

    @Test
    void weeksAddUpTheirDaysAndSinceCutsThePoints() {
        store.putAll(documents(true));
        WatchReport days = Watch.run(store, WatchQuery.parse("ARM-AZE", null, null, false));
        WatchReport weeks = Watch.run(store, WatchQuery.parse("ARM-AZE", null, null, true));
        assertEquals("week", weeks.bucket());
        LocalDate monday = PEAK.with(DayOfWeek.MONDAY);
        Point week = weeks.series().get(0).points().stream().filter(p -> p.start().equals(monday)).findFirst().orElseThrow();
        int conflict = 0;
        long dead = 0;
        for (Point p : days.series().get(0).points())
            if (!p.start().isBefore(monday) && p.start().isBefore(monday.plusDays(7))) {
                conflict += p.materialConflict();
                dead += p.fatalities();
            }
        assertEquals(conflict, week.materialConflict());
        assertEquals(dead, week.fatalities());
        assertTrue(weeks.alerts().stream().anyMatch(a -> a.key().equals("ARM-AZE") && !a.start().isAfter(PEAK)
                && !a.start().plusDays(6).isBefore(ONSET)), "the weekly watch alerts in the week of the ramp: " + weeks.alerts());

        LocalDate since = DAY0.plusDays(60);
        WatchReport recent = Watch.run(store, WatchQuery.parse("ARM-AZE", null, since.toString(), false));
        assertFalse(recent.series().get(0).points().isEmpty());
        assertTrue(recent.series().get(0).points().stream().noneMatch(p -> p.start().isBefore(since)));
        assertEquals(days.alerts(), recent.alerts(), "the history before --since still feeds the baseline");
    }

    /** Seed 7 was not among the seeds the detector's settings were chosen on (1-6). */
    @Test
    void theBacktestMeetsItsTargets() {
        BacktestResult r = Backtest.run(store, 7);
        System.out.println("backtest on " + store.url() + ": " + r + " precision " + r.precision() + " recall " + r.recall()
                + " false alerts per dyad-month " + r.falseAlertsPerDyadMonth());
        assertTrue(r.episodes() >= 20, r.toString());
        assertTrue(r.precision() >= 0.8, "precision " + r.precision() + ": " + r);
        assertTrue(r.recall() >= 0.8, "recall " + r.recall() + ": " + r);
        assertTrue(r.leadTimeDays() >= 0, "the first alert comes on or before the peak: " + r);
        assertTrue(r.falseAlertsPerDyadMonth() < 0.2, r.toString());
        assertThrows(IllegalArgumentException.class, () -> Backtest.run(store, 8), "a store that holds data is refused");
    }

    @Test
    void badQueriesAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> WatchQuery.parse("ARMAZE", null, null, false));
        assertTrue(e.getMessage().contains("'ARMAZE'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> WatchQuery.parse(null, null, "2024-13-01", false));
        assertTrue(e.getMessage().contains("since '2024-13-01'"), e.getMessage());
        assertEquals(List.of(), Watch.run(store, WatchQuery.all()).series(), "an empty store has no series");
    }
}
