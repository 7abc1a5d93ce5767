package org.faultline.watch;

import org.faultline.model.Actor;
import org.faultline.model.Article;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-built stores for the watch (invented sentences): two dyads at a steady calm rate for 100 days, and on request an
 * escalation of the first one, five days rising from one to five strikes a day with growing fatalities.
 */
final class WatchFixtures {
    static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);
    static final int DAYS = 100, RAMP_FROM = 80, RAMP_DAYS = 5;
    static final LocalDate ONSET = DAY0.plusDays(RAMP_FROM), PEAK = ONSET.plusDays(RAMP_DAYS - 1);

    private WatchFixtures() {}

    /**
     * ARM-AZE: a clash every second day in Tavush (ARM), a verbal accusation every fifth; IND-PAK: a small-arms fight every
     * third day in Punjab (PAK), a consultation every seventh. With {@code escalation}, ramp day i (0-4) adds i + 1
     * air strikes by Azerbaijan on Armenia in Gazakh (AZE), each killing 3 (i + 1), every second one denied.
     */
    static List<Document> documents(boolean escalation) {
        List<Document> out = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = DAY0.plusDays(d);
            int k = 0;
            if (d % 2 == 0) out.add(doc(day, k++, "ARM", "AZE", "190", 1, EventStatus.ASSERTED, 40.9, "Tavush", "ARM"));
            if (d % 5 == 0) out.add(doc(day, k++, "AZE", "ARM", "112", null, EventStatus.ASSERTED, 40.9, "Tavush", "ARM"));
            if (d % 3 == 0) out.add(doc(day, k++, "IND", "PAK", "193", 2, d % 9 == 0 ? EventStatus.CONTESTED : EventStatus.ASSERTED,
                    31.5, "Punjab", "PAK"));
            if (d % 7 == 0) out.add(doc(day, k++, "PAK", "IND", "036", null, EventStatus.ASSERTED, 31.5, "Punjab", "PAK"));
            if (escalation && d >= RAMP_FROM && d < RAMP_FROM + RAMP_DAYS)
                for (int i = 0; i <= d - RAMP_FROM; i++)
                    out.add(doc(day, k++, "AZE", "ARM", "195", 3 * (d - RAMP_FROM + 1), i % 2 == 1 ? EventStatus.DENIED : EventStatus.ASSERTED,
                            41.1, "Gazakh", "AZE"));
        }
        return out;
    }

    /** One document with one event; the k-th event of a day lies a degree further north, so no two merge. */
    static Document doc(LocalDate day, int k, String c1, String c2, String cameo, Integer killed, EventStatus status,
                        double lat, String admin1, String placeCountry) {
        String text = String.format(Locale.ROOT, "Forces of %s and %s met in incident %s-%d (code %s) near town %d of %s.",
                c1, c2, day, k, cameo, k, admin1);
        String id = String.format(Locale.ROOT, "w%s-%d-%s", day, k, cameo);
        Article a = new Article(id, "watch-fixture", text, day, "input", "Fixture Wire", "Incident " + day + " " + k, null);
        Place p = new Place("Town " + k + " of " + admin1, "Town " + k + " of " + admin1, placeCountry, admin1, lat + k, 45.0,
                "city", 1, List.of());
        Event e = new Event(id + "e", PartialDate.of(day), new Actor("forces of " + c1, c1, "MIL", null, c1 + "MIL"),
                new Actor("forces of " + c2, c2, "MIL", null, c2 + "MIL"), cameo, null, null, null, p, killed, null, null,
                status, new Evidence(0, 0, text.length(), text));
        return new Document(a, List.of(e), List.of(), List.of(), List.of(), List.of(p), List.of(), List.of(), List.of());
    }
}
