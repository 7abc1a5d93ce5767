package org.faultline.corpus;

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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes invented reports of invented incidents in real places of several countries. Every incident is told by
 * two to five outlets in different words, with different sources, citations and precision; about one in five is
 * denied by the side accused. Some incidents repeat at the same place a day or two later, or happen on the same day
 * elsewhere in the same country, so a merge that is too loose or too strict both lose points.
 * <pre>{@code
 * Corpus c = CorpusGenerator.generate(7, 1000);
 * c.write(Path.of("corpus"));
 * }</pre>
 */
public final class CorpusGenerator {
    private record Side(Actor actor, String spokesman) {}

    private record Theater(String country, String demonym, Side attacker, Side defender, Actor civilians, List<Place> places) {}

    private record Kind(String cameo, String plover, String acledType, String acledSubType, boolean onCivilians) {}

    private static Place place(String name, String iso3, String admin1, double lat, double lon) {
        return new Place(name, name, iso3, admin1, lat, lon, "city", 1, List.of());
    }

    private static Side side(String name, String iso3, String sector, String spokesman) {
        return new Side(new Actor(name, iso3, sector, null, iso3 + sector), spokesman);
    }

    private static final List<Theater> THEATERS = List.of(
            new Theater("UKR", "Ukrainian", side("Russian forces", "RUS", "MIL", "the Russian defence ministry"),
                    side("Ukrainian troops", "UKR", "MIL", "Ukraine's general staff"), new Actor("civilians", "UKR", "CVL", null, "UKRCVL"),
                    List.of(place("Kharkiv", "UKR", "Kharkiv Oblast", 49.99, 36.23), place("Kherson", "UKR", "Kherson Oblast", 46.64, 32.62),
                            place("Zaporizhzhia", "UKR", "Zaporizhzhia Oblast", 47.84, 35.14), place("Sumy", "UKR", "Sumy Oblast", 50.91, 34.80),
                            place("Odesa", "UKR", "Odesa Oblast", 46.48, 30.72), place("Dnipro", "UKR", "Dnipropetrovsk Oblast", 48.46, 35.05))),
            new Theater("SDN", "Sudanese", side("the Rapid Support Forces", "SDN", "REB", "an RSF adviser"),
                    side("the Sudanese army", "SDN", "MIL", "the army spokesman"), new Actor("civilians", "SDN", "CVL", null, "SDNCVL"),
                    List.of(place("El Fasher", "SDN", "North Darfur", 13.63, 25.35), place("Omdurman", "SDN", "Khartoum", 15.64, 32.48),
                            place("El Obeid", "SDN", "North Kordofan", 13.18, 30.22), place("Nyala", "SDN", "South Darfur", 12.05, 24.88),
                            place("Wad Madani", "SDN", "Al Jazirah", 14.40, 33.52))),
            new Theater("COD", "Congolese", side("M23 rebels", "COD", "REB", "an M23 spokesman"),
                    side("the Congolese army", "COD", "MIL", "an army spokesman in Kinshasa"), new Actor("villagers", "COD", "CVL", null, "CODCVL"),
                    List.of(place("Goma", "COD", "North Kivu", -1.68, 29.22), place("Bunia", "COD", "Ituri", 1.56, 30.25),
                            place("Beni", "COD", "North Kivu", 0.49, 29.47), place("Bukavu", "COD", "South Kivu", -2.51, 28.86),
                            place("Uvira", "COD", "South Kivu", -3.37, 29.14))),
            new Theater("SOM", "Somali", side("al-Shabaab fighters", "SOM", "REB", "a spokesman for the group"),
                    side("Somali troops", "SOM", "MIL", "Somalia's information ministry"), new Actor("civilians", "SOM", "CVL", null, "SOMCVL"),
                    List.of(place("Mogadishu", "SOM", "Banaadir", 2.05, 45.32), place("Baidoa", "SOM", "Bay", 3.12, 43.65),
                            place("Beledweyne", "SOM", "Hiiraan", 4.74, 45.20), place("Kismayo", "SOM", "Lower Juba", -0.36, 42.55))),
            new Theater("MMR", "Myanmar", side("the Myanmar military", "MMR", "MIL", "the junta's information team"),
                    side("the Arakan Army", "MMR", "REB", "an Arakan Army spokesman"), new Actor("residents", "MMR", "CVL", null, "MMRCVL"),
                    List.of(place("Sittwe", "MMR", "Rakhine", 20.15, 92.90), place("Mandalay", "MMR", "Mandalay", 21.97, 96.08),
                            place("Lashio", "MMR", "Shan", 22.93, 97.75), place("Myitkyina", "MMR", "Kachin", 25.38, 97.40))),
            new Theater("YEM", "Yemeni", side("Houthi forces", "YEM", "REB", "a Houthi military spokesman"),
                    side("Yemeni government forces", "YEM", "MIL", "the government's defence ministry"), new Actor("civilians", "YEM", "CVL", null, "YEMCVL"),
                    List.of(place("Marib", "YEM", "Marib", 15.46, 45.32), place("Taiz", "YEM", "Taiz", 13.58, 44.02),
                            place("Hodeidah", "YEM", "Al Hudaydah", 14.80, 42.95))),
            new Theater("COL", "Colombian", side("ELN guerrillas", "COL", "REB", "an ELN statement"),
                    side("the Colombian army", "COL", "MIL", "the army's regional command"), new Actor("farmers", "COL", "CVL", null, "COLCVL"),
                    List.of(place("Cucuta", "COL", "Norte de Santander", 7.89, -72.50), place("Arauca", "COL", "Arauca", 7.08, -70.76),
                            place("Popayan", "COL", "Cauca", 2.44, -76.61))),
            new Theater("NGA", "Nigerian", side("Boko Haram militants", "NGA", "REB", "a man claiming to speak for the group"),
                    side("Nigerian soldiers", "NGA", "MIL", "the Nigerian army"), new Actor("villagers", "NGA", "CVL", null, "NGACVL"),
                    List.of(place("Maiduguri", "NGA", "Borno", 11.85, 13.16), place("Damboa", "NGA", "Borno", 11.15, 12.76),
                            place("Yola", "NGA", "Adamawa", 9.20, 12.48))));

    private static final List<Kind> KINDS = List.of(
            new Kind("190", "ASSAULT", "Battles", "Armed clash", false),
            new Kind("194", "ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack", false),
            new Kind("195", "ASSAULT", "Explosions/Remote violence", "Air/drone strike", false),
            new Kind("180", "ASSAULT", "Violence against civilians", "Attack", true));

    private static final List<String> OUTLETS = List.of("Northern Wire", "Daily Meridian", "Coastal Herald", "The Frontier Post",
            "Global Dispatch", "Evening Ledger", "Continental Times", "Harbour Gazette", "Plains Chronicle", "Weekly Observer",
            "Capital Bulletin", "Morning Courier");

    private static final List<String> WITNESS = List.of("a local official", "a medic at the main hospital", "residents",
            "a humanitarian worker", "a regional governor", "an independent monitoring group");

    private final Random random;
    private final List<GeneratedArticle> articles = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();

    private CorpusGenerator(long seed) {
        random = new Random(seed);
    }

    /** About {@code articleCount} articles (exactly that many) reporting about {@code articleCount / 3.3} incidents. */
    public static Corpus generate(long seed, int articleCount) {
        if (articleCount < 1) throw new IllegalArgumentException("article count " + articleCount + " is not positive");
        CorpusGenerator g = new CorpusGenerator(seed);
        g.run(articleCount);
        return new Corpus(g.articles, g.incidents);
    }

    private void run(int articleCount) {
        LocalDate start = LocalDate.of(2023, 1, 1);
        Incident previous = null;
        while (articles.size() < articleCount) {
            Theater t;
            Kind kind;
            Place where;
            LocalDate day;
            double r = random.nextDouble();
            if (previous != null && r < 0.2) {             // the same place again a day or two later
                t = theaterOf(previous);
                kind = pick(KINDS);
                where = previous.place();
                day = previous.date().plusDays(1 + random.nextInt(2));
            } else if (previous != null && r < 0.35) {     // the same day elsewhere in the same country
                t = theaterOf(previous);
                kind = pick(KINDS);
                Place p;
                do p = pick(t.places()); while (p.equals(previous.place()));
                where = p;
                day = previous.date();
            } else {
                t = pick(THEATERS);
                kind = pick(KINDS);
                where = pick(t.places());
                day = start.plusDays(random.nextInt(730));
            }
            boolean reversed = !kind.onCivilians() && random.nextDouble() < 0.3;
            Side attacker = reversed ? t.defender() : t.attacker();
            Actor target = kind.onCivilians() ? t.civilians() : (reversed ? t.attacker() : t.defender()).actor();
            int killed = kind.cameo().equals("190") && random.nextDouble() < 0.3 ? 0 : 1 + random.nextInt(kind.onCivilians() ? 30 : 12);
            boolean denied = random.nextDouble() < 0.2;
            int reports = Math.min(2 + random.nextInt(4), articleCount - articles.size());
            String incidentId = String.format(Locale.ROOT, "I%04d", incidents.size() + 1);
            List<String> docs = new ArrayList<>();
            List<String> outlets = new ArrayList<>(OUTLETS);
            java.util.Collections.shuffle(outlets, random);
            for (int k = 0; k < reports; k++) {
                boolean denial = denied && k == reports - 1 && reports > 1;
                GeneratedArticle a = article(incidentId, t, kind, attacker, target, where, day, killed, outlets.get(k), k, denial);
                articles.add(a);
                docs.add(a.article().id());
            }
            Incident inc = new Incident(incidentId, day, attacker.actor(), target, kind.cameo(), where, killed,
                    denied && reports > 1, docs);
            incidents.add(inc);
            previous = inc;
        }
    }

    private Theater theaterOf(Incident i) {
        for (Theater t : THEATERS) if (t.country().equals(i.place().country())) return t;
        throw new IllegalStateException("no theater for " + i.place().country());
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Builds the text sentence by sentence, keeping the offsets the expected extraction points at. */
    private static final class Text {
        final StringBuilder sb = new StringBuilder();
        int sentences;

        Evidence add(String sentence) {
            if (sb.length() > 0) sb.append(sb.charAt(sb.length() - 1) == '\n' ? "" : " ");
            int s = sb.length();
            sb.append(sentence);
            return new Evidence(sentences++, s, sb.length(), sentence);
        }

        void paragraph() {
            sb.append("\n\n");
        }
    }

    private GeneratedArticle article(String incidentId, Theater t, Kind kind, Side attacker, Actor target, Place where,
                                     LocalDate day, int killed, String outlet, int nth, boolean denial) {
        LocalDate published = day.plusDays(random.nextInt(3));
        boolean monthOnly = !denial && nth > 0 && random.nextDouble() < 0.12;
        boolean noPlace = !denial && nth > 0 && random.nextDouble() < 0.12;
        boolean noTarget = !kind.onCivilians() && nth > 0 && random.nextDouble() < 0.1;
        String when = monthOnly ? "earlier this month" : when(day, published);
        String place = noPlace ? "in " + t.demonym() + " territory" : (random.nextBoolean() ? "in " : "near ") + where.name();
        String region = where.admin1() == null || where.admin1().equals(where.name()) ? "" : " in " + where.admin1();
        String a = attacker.actor().name(), b = target.name();
        String aCap = Character.toUpperCase(a.charAt(0)) + a.substring(1);
        String deaths = killed == 0 ? "No casualties were reported" : killed == 1 ? "One person was killed" : spell(killed) + " people were killed";
        String source = pick(WITNESS);

        Text text = new Text();
        String lead = switch (kind.cameo()) {
            case "194" -> aCap + " shelled " + (noPlace ? "positions " + place : where.name() + region) + " " + when
                    + (noTarget ? "" : ", hitting " + b) + ", " + source + " said.";
            case "195" -> aCap + " carried out a drone strike " + place + region + " " + when
                    + (noTarget ? "" : " against " + b) + ", according to " + source + ".";
            case "180" -> aCap + " attacked " + b + " " + place + " " + when + ", " + source + " said.";
            default -> aCap + " clashed with " + (noTarget ? "opposing units" : b) + " " + place + region + " " + when
                    + ", " + source + " said.";
        };
        String title = switch (kind.cameo()) {
            case "194" -> "Shelling reported " + (noPlace ? "in " + t.demonym() + " territory" : "in " + where.name());
            case "195" -> "Drone strike hits " + (noPlace ? "frontline area" : where.name());
            case "180" -> "Attack on " + b + " " + (noPlace ? "reported" : "near " + where.name());
            default -> "Fighting " + (noPlace ? "flares" : "near " + where.name());
        };
        String dateline = (noPlace ? "" : where.name().toUpperCase(Locale.ROOT) + ", ")
                + published.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + published.getDayOfMonth()
                + " (" + outlet + ") - ";
        text.sb.append(dateline);
        int leadStart = text.sb.length();
        text.sb.append(lead);
        Evidence leadEv = new Evidence(0, leadStart, text.sb.length(), lead);
        text.sentences = 1;
        String cited = attacker == t.attacker() ? t.defender().spokesman() : t.attacker().spokesman();
        Evidence casualty = text.add(deaths + " in the " + (kind.cameo().equals("190") ? "fighting" : "attack")
                + ", " + cited + " said in a statement (" + citedName(cited) + ", " + monthDay(day) + ").");
        Citation citation = new Citation(citedName(cited), PartialDate.of(day), casualty.start() + casualty.text().lastIndexOf('(') + 1,
                casualty.end() - 2, casualty);
        List<Claim> claims = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        text.paragraph();
        Evidence quoteEv = null;
        String words = null;
        if (random.nextBoolean()) {
            words = pick(List.of("The shells fell on houses and on the road to the market",
                    "We heard explosions for most of the night", "People are afraid to leave their homes",
                    "There was no warning before the attack"));
            quoteEv = text.add("\"" + words + ",\" " + source + " told " + outlet + ".");
            quotes.add(new Quote(hash(words + outlet), null, words, quoteEv.start() + 1, quoteEv.start() + 1 + words.length(), quoteEv));
        }
        Evidence denyEv = null;
        if (denial) {
            denyEv = text.add(Character.toUpperCase(attacker.spokesman().charAt(0)) + attacker.spokesman().substring(1)
                    + " denied that its fighters had carried out the attack, calling the reports fabricated.");
        }
        text.paragraph();
        text.add(pick(List.of("The area has seen repeated fighting since the start of the year.",
                "Aid agencies have warned of a worsening humanitarian situation in the region.",
                "Talks brokered by neighbouring states have made little progress.",
                "Thousands of families have fled the district in recent months.")));

        String body = text.sb.toString();
        String id = contentHash(body);
        PartialDate date = monthOnly ? new PartialDate(day.getYear(), day.getMonthValue(), 0) : PartialDate.of(day);
        Actor actor2 = noTarget ? null : target;
        Place placed = noPlace ? null : where;
        EventStatus status = denial ? EventStatus.DENIED : EventStatus.ASSERTED;
        String eventId = hash(id + "|" + leadEv.start() + "-" + leadEv.end() + "|" + kind.cameo() + "|" + attacker.actor().code()
                + "|" + (actor2 == null ? "" : actor2.code()));
        Event event = new Event(eventId, date, attacker.actor(), actor2, kind.cameo(), kind.plover(), kind.acledType(),
                kind.acledSubType(), placed, killed, new Actor(source, null, null, null, null), citation, status, leadEv);
        Actor citedActor = attacker == t.attacker() ? t.defender().actor() : t.attacker().actor();
        Claim assertion = new Claim(hash(id + "|claim|" + casualty.start()), citedActor, "assert", casualty.text(), eventId, null,
                citation, status, casualty);
        claims.add(assertion);
        if (denyEv != null)
            claims.add(new Claim(hash(id + "|deny|" + denyEv.start()), attacker.actor(), "deny", denyEv.text(), eventId, null,
                    null, EventStatus.DENIED, denyEv));
        Article article = new Article(id, "generated/" + incidentId + "-" + (nth + 1), body, published, "input", outlet, title,
                "https://news.example/" + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + "/" + id);
        List<Place> places = placed == null ? List.of() : List.of(placed);
        Document expected = new Document(article, List.of(event), claims, quotes, List.of(), places, List.of(citation),
                List.of(), List.of());
        return new GeneratedArticle(article, incidentId, expected);
    }

    private String when(LocalDate day, LocalDate published) {
        long gap = published.toEpochDay() - day.toEpochDay();
        if (gap == 0 && random.nextBoolean()) return "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (gap > 0 && gap < 6 && random.nextBoolean())
            return "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return "on " + monthDay(day);
    }

    private static String monthDay(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
    }

    private static String citedName(String spokesman) {
        String s = spokesman.replaceFirst("^(the|an|a) ", "");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String spell(int n) {
        String[] words = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve"};
        return n < words.length ? words[n] : String.valueOf(n);
    }

    /** The article id ingest gives a text: SHA-256 of its NFC form with whitespace collapsed, first 16 hex digits. */
    static String contentHash(String text) {
        return hash(Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " "));
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
