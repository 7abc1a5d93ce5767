package org.faultline.store;

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
import org.faultline.model.Relation;
import org.faultline.model.SentenceZone;
import org.faultline.model.Zone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Hand-built documents for the store tests (invented sentences, no real reporting). */
final class Fixtures {
    static final Actor NORTH_ARMY = new Actor("Nordland army", "NOR", "MIL", null, "NORMIL");
    static final Actor SOUTH_ARMY = new Actor("Sudland forces", "SWE", "MIL", null, "SWEMIL");
    static final Actor SOUTH_GOV = new Actor("Sudland defence ministry", "SWE", "GOV", null, "SWEGOV");
    static final Actor NORTH_GOV = new Actor("Nordland government", "NOR", "GOV", null, "NORGOV");
    static final Actor UNKNOWN = new Actor("gunmen", null, null, null, null);
    static final Place RIVERTOWN = new Place("Rivertown", "Rivertown", "SWE", "Lake County", 59.33, 18.06, "city", 1, List.of("Old Rivertown"));
    static final Place NEAR_RIVERTOWN = new Place("Millbrook", "Millbrook", "SWE", "Lake County", 59.45, 18.20, "city", 1, List.of());
    static final Place FAR_TOWN = new Place("Hilltop", "Hilltop", "SWE", "High County", 57.70, 11.97, "city", 1, List.of());
    static final Place REGION = new Place("Lake County", "Lake County", "SWE", "Lake County", 59.40, 18.10, "admin", 2, List.of());

    private Fixtures() {}

    static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds one document whose text is its sentences joined; events, claims and quotes point into it. */
    static final class DocBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<Evidence> sentences = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Claim> claims = new ArrayList<>();
        private final List<Quote> quotes = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Citation> citations = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final String outlet;
        private final LocalDate published;
        private String id;

        DocBuilder(String outlet, LocalDate published) {
            this.outlet = outlet;
            this.published = published;
        }

        Evidence sentence(String s) {
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(s);
            Evidence e = new Evidence(sentences.size(), start, text.length(), s);
            sentences.add(e);
            return e;
        }

        String docId() {
            if (id == null) id = hash(outlet + "|" + text);
            return id;
        }

        Event event(String sentence, String date, Actor a1, Actor a2, String cameo, Place place, Integer killed,
                    EventStatus status) {
            Evidence ev = sentence(sentence);
            Citation cit = new Citation(outlet + " wire", date == null ? null : PartialDate.parse(date), ev.start(), ev.start() + 3, ev);
            String eid = hash(outlet + "|" + sentence + "|" + cameo);
            Event e = new Event(eid, date == null ? null : PartialDate.parse(date), a1, a2, cameo, cameo.startsWith("19") ? "ASSAULT" : null,
                    cameo.startsWith("19") ? "Battles" : null, cameo.startsWith("19") ? "Armed clash" : null, place, killed,
                    a1 == null ? null : SOUTH_GOV, cit, status, ev);
            events.add(e);
            if (place != null && !places.contains(place)) places.add(place);
            citations.add(cit);
            return e;
        }

        Claim claim(Actor claimant, String stance, String sentence, Event about, Claim contradicts) {
            Evidence ev = sentence(sentence);
            Claim c = new Claim(hash(outlet + "|" + sentence + stance), claimant, stance, sentence, about == null ? null : about.id(),
                    contradicts == null ? null : contradicts.id(), null,
                    "deny".equals(stance) ? EventStatus.DENIED : EventStatus.ASSERTED, ev);
            claims.add(c);
            return c;
        }

        void quote(Actor speaker, String words) {
            Evidence ev = sentence("\"" + words + "\", an official said.");
            quotes.add(new Quote(hash(words), speaker, words, ev.start() + 1, ev.start() + 1 + words.length(), ev));
        }

        void relation(Actor a, Actor b, String kind, String sentence) {
            relations.add(new Relation(a, b, kind, sentence(sentence)));
        }

        Document build() {
            Article a = new Article(docId(), outlet + ".txt", text.toString(), published, "argument", outlet, outlet + " report",
                    "https://example.org/" + docId());
            return new Document(a, events, claims, quotes, relations, places, citations, List.of(), List.of());
        }
    }

    static DocBuilder doc(String outlet, String published) {
        return new DocBuilder(outlet, LocalDate.parse(published));
    }

    static final String INCIDENT = "in-landing-shelled";
    static final List<String> WHY = List.of("lexicon:verbs.txt:88 strike -> 195",
            "date:weekday 'Thursday' before published 2024-05-03 | resolved 2024-05-02",
            "merge:same-incident-same-source (2 more)");

    /**
     * A shelling told three times (headline, body sentence, restatement) with its incident and why lines, a reply of
     * fire with neither, and a zone on each of the six sentences.
     */
    static Document toldThreeTimes() {
        DocBuilder b = doc("Kappa Courier", "2024-05-03");
        Evidence headline = b.sentence("Nordland guns pound Rivertown ferry landing");
        b.sentence("RIVERTOWN, May 2 (Kappa Courier) -");
        Event shelled = b.event("Nordland artillery struck the ferry landing at Rivertown on Thursday, killing two dockworkers.",
                "2024-05-02", NORTH_ARMY, SOUTH_ARMY, "195", RIVERTOWN, 2, EventStatus.ASSERTED);
        Event reply = b.event("Sudland gunners fired back across the river within the hour.", "2024-05-02",
                SOUTH_ARMY, NORTH_ARMY, "195", RIVERTOWN, null, EventStatus.ASSERTED);
        Evidence again = b.sentence("Thursday's strike on the landing was the heaviest the town has seen this spring.");
        b.sentence("\"They aimed at the boats,\" a harbour clerk said.");
        Document d = b.build();
        List<Zone> zones = List.of(Zone.HEADLINE, Zone.DATELINE, Zone.BODY, Zone.BODY, Zone.BODY, Zone.QUOTE);
        List<SentenceZone> sentences = new ArrayList<>();
        for (Evidence s : b.sentences)
            sentences.add(new SentenceZone(s.sentenceIndex(), s.start(), s.end(), zones.get(s.sentenceIndex())));
        Event told = shelled.withMentions(List.of(headline, again)).withIncident(INCIDENT).withWhy(WHY);
        return new Document(d.article(), List.of(told, reply), d.claims(), d.quotes(), d.relations(), d.places(),
                d.citations(), d.actors(), d.dates(), sentences);
    }
}
