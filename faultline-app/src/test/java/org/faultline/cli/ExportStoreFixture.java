package org.faultline.cli;

import org.faultline.model.Actor;
import org.faultline.model.Article;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.faultline.model.Quote;
import org.faultline.store.Store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A store of three hand-written documents (invented sentences about real places) that exercises every export
 * rule: a shelling told by two outlets (merged, a national and an international source), an accusation that is no
 * ACLED type and names no place, an attack with no known attacker, a withdrawal told in a sentence cut from a
 * quotation (a stray quote mark) that names no place, a protest in the Gaza Strip, a strike by a state named as
 * a whole, and an undated arrest by nobody named anywhere.
 */
final class ExportStoreFixture {
    static final Actor ARM_MIL = new Actor("Armenian artillery", "ARM", "MIL", null, "ARMMIL");
    static final Actor AZE_MIL = new Actor("Azerbaijani troops", "AZE", "MIL", null, "AZEMIL");
    static final Actor ARM_GOV = new Actor("Armenian government", "ARM", "GOV", null, "ARMGOV");
    static final Actor AZE_GOV = new Actor("Azerbaijani defence ministry", "AZE", "GOV", null, "AZEGOV");
    static final Actor VILLAGERS = new Actor("villagers", "AZE", "CVL", null, "AZECVL");
    static final Actor RESIDENTS = new Actor("residents", "PSE", "CVL", null, "PSECVL");
    static final Actor ISRAEL = new Actor("Israel", "ISR", null, null, "ISR");

    /** Shusha without its subdivision: the export finds it from the gazetteer's towns around it. */
    static final Place SHUSHA = new Place("Shusha", "Shusha", "AZE", null, 39.7594, 46.7503, "city", 1, List.of());
    static final Place TOVUZ = new Place("Tovuz", "Tovuz District", "AZE", null, 40.99, 45.62, "admin", 2, List.of());
    static final Place GAZA_CITY = new Place("Gaza City", "Gaza City", "PSE", "Gaza Strip", 31.5017, 34.4668, "city", 1, List.of());
    static final Place KHAN_YUNIS = new Place("Khan Yunis", "Khan Yunis", "PSE", "Gaza Strip", 31.3462, 34.3060, "city", 1, List.of());

    private ExportStoreFixture() {}

    /** Writes the three documents into a new embedded store at {@code data} and merges it. */
    static void build(Path data) {
        try (Store s = Store.open(null, data)) {
            for (Document d : documents()) s.put(d);
            s.rebuildMerged();
        }
    }

    static List<Document> documents() {
        Doc a = new Doc("Caspian Wire (Reuters)", "https://caspianwire.example.com/2024/03/06/shelling", "2024-03-06");
        Event shelled = a.event("Armenian artillery shelled positions near Shusha on Tuesday, killing two soldiers, officials said.",
                "2024-03-05", ARM_MIL, AZE_MIL, "194", SHUSHA, 2, EventStatus.ASSERTED);
        Event accused = a.event("Baku accused Yerevan of breaking the ceasefire along the whole line.",
                "2024-03-05", AZE_GOV, ARM_GOV, "112", null, null, EventStatus.ASSERTED);
        a.claim(ARM_GOV, "deny", "Yerevan denied that its forces had opened fire first.", shelled);
        a.quote(AZE_GOV, "We answered every shot");

        Doc b = new Doc("Baku Daily", "https://bakudaily.example.az/news/7", "2024-03-09");
        b.event("Shells fired from Armenian positions hit the outskirts of Shusha on Tuesday.",
                "2024-03-05", ARM_MIL, AZE_MIL, "194", SHUSHA, null, EventStatus.ASSERTED);
        b.event("Unknown gunmen attacked villagers near Tovuz on Thursday, wounding three of them.",
                "2024-03-07", null, VILLAGERS, "180", TOVUZ, 0, EventStatus.UNVERIFIED);
        b.event("Our units are pulling back from the ridge,\" the commander told reporters on Friday.",
                "2024-03-08", AZE_MIL, null, "150", null, null, EventStatus.ASSERTED);
        b.quote(AZE_MIL, "Our units are pulling back from the ridge");

        Doc c = new Doc("Gaza Monitor", "https://gazamonitor.example.org/reports/41", "2024-04-02");
        c.event("Hundreds of residents marched in Gaza City on Monday against the closing of the crossing.",
                "2024-04-01", RESIDENTS, null, "141", GAZA_CITY, null, EventStatus.ASSERTED);
        c.event("Israel struck a depot near Khan Yunis late on Monday, the civil defence said.",
                "2024-04-01", ISRAEL, null, "195", KHAN_YUNIS, null, EventStatus.UNVERIFIED);
        c.event("Several men were arrested near the crossing at some point, a resident said.",
                null, null, null, "173", null, null, EventStatus.UNVERIFIED);
        c.claim(null, "assert", "A resident said several men had been arrested near the crossing.", null);
        return List.of(a.build(), b.build(), c.build());
    }

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One document whose text is its sentences joined; events, claims and quotes point into it. */
    static final class Doc {
        private final StringBuilder text = new StringBuilder();
        private final List<Evidence> sentences = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Citation> citations = new ArrayList<>();
        private final String outlet, url;
        private final LocalDate published;

        Doc(String outlet, String url, String published) {
            this.outlet = outlet;
            this.url = url;
            this.published = LocalDate.parse(published);
        }

        Evidence sentence(String s) {
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(s);
            Evidence e = new Evidence(sentences.size(), start, text.length(), s);
            sentences.add(e);
            return e;
        }

        Event event(String sentence, String date, Actor a1, Actor a2, String cameo, Place place, Integer killed,
                    EventStatus status) {
            Evidence ev = sentence(sentence);
            Event e = new Event("ev-" + hash(outlet + "|" + sentence).substring(0, 12), date == null ? null : PartialDate.parse(date),
                    a1, a2, cameo, null, null, null, place, killed, null, null, status, ev);
            events.add(e);
            if (place != null && !places.contains(place)) places.add(place);
            return e;
        }

        void claim(Actor claimant, String stance, String sentence, Event about) {
            Evidence ev = sentence(sentence);
            claims.add(new Claim("cl-" + hash(outlet + "|" + sentence).substring(0, 12), claimant, stance, sentence,
                    about == null ? null : about.id(), null, null,
                    "deny".equals(stance) ? EventStatus.DENIED : EventStatus.ASSERTED, ev));
        }

        void quote(Actor speaker, String words) {
            Evidence ev = sentence("\"" + words + ",\" a spokesman said.");
            quotes.add(new Quote("qu-" + hash(outlet + "|" + words).substring(0, 12), speaker, words, ev.start() + 1,
                    ev.start() + 1 + words.length(), ev));
        }

        Document build() {
            String id = hash(outlet + "|" + text).substring(0, 24);
            Article article = new Article(id, outlet + ".txt", text.toString(), published, "argument", outlet,
                    outlet + " report", url);
            return new Document(article, events, claims, quotes, List.of(), places, citations, List.of(), List.of());
        }
    }
}
