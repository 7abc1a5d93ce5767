package org.faultline.sources;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small corpus written for the track-record and naming tests (invented places, outlets and sentences), coded by
 * hand: no NLP. Three incidents:
 * <ul>
 *   <li>I1, 1 March 2024, shelling at Rivertown: the Sudland defence ministry says 10 died (citing Defence.govt.nz),
 *       the Nordland defence ministry denies it; the Lake monitors (an organisation, another side) count 4; an
 *       unattributed report says 6.</li>
 *   <li>I2, 10 March, at Hilltop: the Sudland defence ministry says 2 died; the Nordland government denies it, and the
 *       Sudland government (the ministry's own side) "denies" it too, which is no denial by another side.</li>
 *   <li>I3, 20 March, at Millbrook: the Nordland defence ministry and the Nordland government (one side) each say 1
 *       died: no independent corroboration.</li>
 * </ul>
 * So the Sudland defence ministry has 2 claims, both denied (by the Nordland defence ministry and the Nordland
 * government), 1 corroborated (by the monitors), one toll set beside others (10 against the median 5 of 4 and 6).
 * The place Eastmark (other names Ostmark, Republic of Eastmark) is written marked four times: Kappa Courier in scare
 * quotes after "so-called", Mu Mail in single scare quotes, Lambda Ledger after "occupied", Nu News after "self-proclaimed";
 * and plainly six times, two of them traps (a quotation that opens with the name, a possessive).
 */
public final class TrackRecordCorpus {
    public static final Actor SOUTH_MOD = new Actor("Sudland defence ministry", "NZL", "MIL", null, "NZLMIL");
    public static final Actor SOUTH_GOV = new Actor("Sudland government", "NZL", "GOV", null, "NZLGOV");
    public static final Actor NORTH_MOD = new Actor("Nordland defence ministry", "AUS", "MIL", null, "AUSMIL");
    public static final Actor NORTH_GOV = new Actor("Nordland government", "AUS", "GOV", null, "AUSGOV");
    public static final Actor MONITORS = new Actor("Lake monitors", null, "IGO", "LKM", "IGOLKM");
    static final Actor NORTH_ARMY = new Actor("Nordland army", "AUS", "MIL", null, "AUSMIL");
    static final Actor SOUTH_ARMY = new Actor("Sudland forces", "NZL", "MIL", null, "NZLMIL");
    public static final String SOUTH_MOD_KEY = "actor:NZLMIL", NORTH_MOD_KEY = "actor:AUSMIL", MONITORS_KEY = "actor:IGOLKM",
            OUTLET_KEY = "outlet:defence.govt.nz";

    static final Place RIVERTOWN = new Place("Rivertown", "Rivertown", "NZL", "Lake County", 59.33, 18.06, "city", 1, List.of());
    static final Place MILLBROOK = new Place("Millbrook", "Millbrook", "NZL", "Lake County", 59.45, 18.20, "city", 1, List.of());
    static final Place HILLTOP = new Place("Hilltop", "Hilltop", "NZL", "High County", 57.70, 11.97, "city", 1, List.of());
    public static final Place EASTMARK = new Place("Eastmark", "Eastmark", "NZL", null, 60.2, 16.9, "region", 2,
            List.of("Ostmark", "Republic of Eastmark"));

    private TrackRecordCorpus() {}

    /** One document: sentences joined by spaces, with the events, claims and quotes pointing into them. */
    static final class Doc {
        final String id, outlet;
        final LocalDate published;
        final StringBuilder text = new StringBuilder();
        final List<Event> events = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<Citation> citations = new ArrayList<>();
        final List<Place> places = new ArrayList<>();
        int sentences;

        Doc(String id, String outlet, String published) {
            this.id = id;
            this.outlet = outlet;
            this.published = LocalDate.parse(published);
        }

        Evidence sentence(String s) {
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(s);
            return new Evidence(sentences++, start, text.length(), s);
        }

        Event report(String sentence, String date, Actor reporter, String cited, String cameo, Place place, Integer killed) {
            Evidence ev = sentence(sentence);
            Citation cit = null;
            if (cited != null) {
                int at = sentence.indexOf(cited);
                cit = new Citation(cited, PartialDate.parse(date), ev.start() + at, ev.start() + at + cited.length(), ev);
                citations.add(cit);
            }
            Event e = new Event(id + "-e" + events.size(), PartialDate.parse(date), NORTH_ARMY, SOUTH_ARMY, cameo, "ASSAULT", null, null,
                    place, killed, reporter, cit, EventStatus.ASSERTED, ev);
            events.add(e);
            if (!places.contains(place)) places.add(place);
            return e;
        }

        Claim claim(Actor who, String stance, String sentence, Event about, Claim contradicts) {
            Evidence ev = sentence(sentence);
            Claim c = new Claim(id + "-c" + claims.size(), who, stance, sentence, about == null ? null : about.id(),
                    contradicts == null ? null : contradicts.id(), null,
                    "deny".equals(stance) ? EventStatus.DENIED : EventStatus.ASSERTED, ev);
            claims.add(c);
            return c;
        }

        /** A sentence naming Eastmark (the store finds the name's span itself). */
        void eastmark(String sentence) {
            sentence(sentence);
            if (!places.contains(EASTMARK)) places.add(EASTMARK);
        }

        void quote(Actor speaker, String sentence, String words) {
            Evidence ev = sentence(sentence);
            int at = sentence.indexOf(words);
            quotes.add(new Quote(id + "-q" + quotes.size(), speaker, words, ev.start() + at, ev.start() + at + words.length(), ev));
            if (sentence.contains("Eastmark") && !places.contains(EASTMARK)) places.add(EASTMARK);
        }

        Document build() {
            Article a = new Article(id, id + ".txt", text.toString(), published, "input", outlet, outlet + ": " + id,
                    "https://example.org/" + id);
            return new Document(a, events, claims, quotes, List.of(), places, citations, List.of(), List.of());
        }
    }

    /** The corpus, in publication order. */
    public static List<Document> documents() {
        List<Document> out = new ArrayList<>();

        Doc a = new Doc("tr-a", "Kappa Courier", "2024-03-02");
        Event r1 = a.report("Nordland artillery shelled Rivertown on Friday, killing 10 people, the Sudland defence ministry said (Defence.govt.nz).",
                "2024-03-01", SOUTH_MOD, "Defence.govt.nz", "195", RIVERTOWN, 10);
        Claim c1 = a.claim(SOUTH_MOD, "assert", "The ministry said Nordland fired first.", r1, null);
        a.claim(NORTH_MOD, "deny", "The Nordland defence ministry denied shelling the town.", r1, c1);
        a.eastmark("Officials of the so-called \"Republic of Eastmark\" were silent.");
        out.add(a.build());

        Doc b = new Doc("tr-b", "Lambda Ledger", "2024-03-03");
        b.report("Lake monitors said shells hit Rivertown on Friday and four people died.", "2024-03-01", MONITORS, null, "195", RIVERTOWN, 4);
        b.eastmark("The monitors travel on to Ostmark next week.");
        out.add(b.build());

        Doc c = new Doc("tr-c", "Mu Mail", "2024-03-03");
        c.report("Six people were killed when shells struck Rivertown on Friday.", "2024-03-01", null, null, "195", RIVERTOWN, 6);
        c.eastmark("Many of the dead had fled from 'Ostmark' last year.");
        out.add(c.build());

        Doc d = new Doc("tr-d", "Kappa Courier", "2024-03-11");
        Event r4 = d.report("Nordland drones struck Hilltop on Sunday, killing two, the Sudland defence ministry said.",
                "2024-03-10", SOUTH_MOD, null, "193", HILLTOP, 2);
        Claim c2 = d.claim(SOUTH_MOD, "assert", "The ministry called the strike deliberate.", r4, null);
        d.claim(NORTH_GOV, "deny", "The Nordland government denied any strike on Hilltop.", r4, c2);
        d.claim(SOUTH_GOV, "deny", "The Sudland government later denied that drones were involved.", r4, null);
        d.eastmark("Shelling was also heard across Eastmark.");
        out.add(d.build());

        Doc e = new Doc("tr-e", "Nu News", "2024-03-12");
        e.eastmark("Sirens sounded in the Eastmark region of Sudland overnight.");
        e.eastmark("Envoys of the self-proclaimed Ostmark left the talks.");
        e.eastmark("Eastmark's mayor asked for calm.");
        out.add(e.build());

        Doc g = new Doc("tr-g", "Nu News", "2024-03-21");
        g.report("Sudland mortars hit Millbrook on Wednesday, killing one soldier in Ostmark's border unit, the Nordland defence ministry said.",
                "2024-03-20", NORTH_MOD, null, "190", MILLBROOK, 1);
        g.places.add(EASTMARK);
        out.add(g.build());

        Doc h = new Doc("tr-h", "Lambda Ledger", "2024-03-22");
        h.report("One person died in the mortar fire on Millbrook on Wednesday, the Nordland government said.",
                "2024-03-20", NORTH_GOV, null, "190", MILLBROOK, 1);
        h.eastmark("Patrols returned to occupied Eastmark.");
        h.quote(NORTH_GOV, "\"Eastmark will hold,\" a Nordland official said.", "Eastmark will hold,");
        out.add(h.build());
        return out;
    }
}
