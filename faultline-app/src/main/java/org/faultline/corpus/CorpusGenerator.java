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
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes invented reports of invented incidents in real places of several countries. Every incident is told by
 * two to five outlets in different words, with different sources, citations and precision; about one in five is
 * denied by the side accused, some draw an accusation or a demand from the other side. Some incidents repeat at the
 * same place a day or two later, or happen on the same day elsewhere in the same country, so a merge that is too
 * loose or too strict both lose points.
 * <p>
 * The answer key lists every event the sentences express: the incident, and each accusation (CAMEO 112) and demand
 * (CAMEO 10) an article writes, each as one event however many articles repeat it. A denial is a claim about the
 * incident, not an event. Casualty figures are given in sentences without an event verb ("Three people died",
 * "put the death toll at"), so the incident is the only violent event an article expresses.
 * <pre>{@code
 * Corpus c = CorpusGenerator.generate(7, 1000);
 * c.write(Path.of("corpus"));
 * }</pre>
 */
public final class CorpusGenerator {
    /** One side of a conflict: its actor, the ways reports name it, who speaks for it, what it calls its men. */
    private record Side(Actor actor, List<String> names, String spokesman, String fighters) {}

    private record Theater(String country, String demonym, Side attacker, Side defender, Actor civilians, List<Place> places) {}

    /** What happened: the answer-key code and the ACLED/PLOVER types of the expected extraction. */
    private record Kind(String name, String plover, String acledType, String acledSubType, boolean onCivilians) {}

    private static Place place(String name, String iso3, String admin1, double lat, double lon) {
        return new Place(name, name, iso3, admin1, lat, lon, "city", 1, List.of());
    }

    private static Side side(String iso3, String sector, String spokesman, String fighters, String... names) {
        return new Side(new Actor(names[0], iso3, sector, null, iso3 + sector), List.of(names), spokesman, fighters);
    }

    private static final List<Theater> THEATERS = List.of(
            new Theater("UKR", "Ukrainian", side("RUS", "MIL", "the Russian defence ministry", "its forces", "Russian forces", "Russian troops"),
                    side("UKR", "MIL", "Ukraine's general staff", "its troops", "Ukrainian troops", "Ukrainian forces"),
                    new Actor("civilians", "UKR", "CVL", null, "UKRCVL"),
                    List.of(place("Kharkiv", "UKR", "Kharkiv Oblast", 49.99, 36.23), place("Kherson", "UKR", "Kherson Oblast", 46.64, 32.62),
                            place("Zaporizhzhia", "UKR", "Zaporizhzhia Oblast", 47.84, 35.14), place("Sumy", "UKR", "Sumy Oblast", 50.91, 34.80),
                            place("Odesa", "UKR", "Odesa Oblast", 46.48, 30.72), place("Dnipro", "UKR", "Dnipropetrovsk Oblast", 48.46, 35.05))),
            new Theater("SDN", "Sudanese", side("SDN", "REB", "an RSF adviser", "its fighters", "the Rapid Support Forces", "RSF fighters"),
                    side("SDN", "MIL", "the army spokesman", "its soldiers", "the Sudanese army", "Sudanese soldiers"),
                    new Actor("civilians", "SDN", "CVL", null, "SDNCVL"),
                    List.of(place("El Fasher", "SDN", "North Darfur", 13.63, 25.35), place("Omdurman", "SDN", "Khartoum", 15.64, 32.48),
                            place("El Obeid", "SDN", "North Kordofan", 13.18, 30.22), place("Nyala", "SDN", "South Darfur", 12.05, 24.88),
                            place("Wad Madani", "SDN", "Al Jazirah", 14.40, 33.52))),
            new Theater("COD", "Congolese", side("COD", "REB", "an M23 spokesman", "its fighters", "M23 rebels", "M23 fighters"),
                    side("COD", "MIL", "a Congolese army spokesman", "its soldiers", "the Congolese army", "Congolese soldiers"),
                    new Actor("villagers", "COD", "CVL", null, "CODCVL"),
                    List.of(place("Goma", "COD", "North Kivu", -1.68, 29.22), place("Bunia", "COD", "Ituri", 1.56, 30.25),
                            place("Beni", "COD", "North Kivu", 0.49, 29.47), place("Bukavu", "COD", "South Kivu", -2.51, 28.86),
                            place("Uvira", "COD", "South Kivu", -3.37, 29.14))),
            new Theater("SOM", "Somali", side("SOM", "REB", "a spokesman for the group", "its fighters", "al-Shabaab fighters", "al-Shabaab militants"),
                    side("SOM", "MIL", "Somalia's information ministry", "its troops", "Somali troops", "the Somali army"),
                    new Actor("civilians", "SOM", "CVL", null, "SOMCVL"),
                    List.of(place("Mogadishu", "SOM", "Banaadir", 2.05, 45.32), place("Baidoa", "SOM", "Bay", 3.12, 43.65),
                            place("Beledweyne", "SOM", "Hiiraan", 4.74, 45.20), place("Kismayo", "SOM", "Lower Juba", -0.36, 42.55))),
            new Theater("MMR", "Myanmar", side("MMR", "MIL", "the junta's information team", "its troops", "the Myanmar military", "junta troops"),
                    side("MMR", "REB", "an Arakan Army spokesman", "its fighters", "the Arakan Army", "Arakan Army fighters"),
                    new Actor("residents", "MMR", "CVL", null, "MMRCVL"),
                    List.of(place("Sittwe", "MMR", "Rakhine", 20.15, 92.90), place("Mandalay", "MMR", "Mandalay", 21.97, 96.08),
                            place("Lashio", "MMR", "Shan", 22.93, 97.75), place("Myitkyina", "MMR", "Kachin", 25.38, 97.40))),
            new Theater("YEM", "Yemeni", side("YEM", "REB", "a Houthi military spokesman", "its fighters", "Houthi fighters", "the Houthis", "Houthi forces"),
                    side("YEM", "MIL", "the government's defence ministry", "its troops", "Yemeni government forces", "government troops"),
                    new Actor("civilians", "YEM", "CVL", null, "YEMCVL"),
                    List.of(place("Marib", "YEM", "Marib", 15.46, 45.32), place("Taiz", "YEM", "Taiz", 13.58, 44.02),
                            place("Hodeidah", "YEM", "Al Hudaydah", 14.80, 42.95))),
            new Theater("COL", "Colombian", side("COL", "REB", "an ELN statement", "its fighters", "ELN guerrillas", "ELN fighters"),
                    side("COL", "MIL", "the army's regional command", "its soldiers", "the Colombian army", "Colombian soldiers"),
                    new Actor("farmers", "COL", "CVL", null, "COLCVL"),
                    List.of(place("Cucuta", "COL", "Norte de Santander", 7.89, -72.50), place("Arauca", "COL", "Arauca", 7.08, -70.76),
                            place("Popayan", "COL", "Cauca", 2.44, -76.61))),
            new Theater("NGA", "Nigerian", side("NGA", "REB", "a man claiming to speak for the group", "its fighters", "Boko Haram militants", "Boko Haram fighters"),
                    side("NGA", "MIL", "the Nigerian army", "its soldiers", "Nigerian soldiers", "the Nigerian army"),
                    new Actor("villagers", "NGA", "CVL", null, "NGACVL"),
                    List.of(place("Maiduguri", "NGA", "Borno", 11.85, 13.16), place("Damboa", "NGA", "Borno", 11.15, 12.76),
                            place("Yola", "NGA", "Adamawa", 9.20, 12.48))));

    private static final List<Kind> KINDS = List.of(
            new Kind("clash", "ASSAULT", "Battles", "Armed clash", false),
            new Kind("shelling", "ASSAULT", "Explosions/Remote violence", "Shelling/artillery/missile attack", false),
            new Kind("air", "ASSAULT", "Explosions/Remote violence", "Air/drone strike", false),
            new Kind("massacre", "ASSAULT", "Violence against civilians", "Attack", true),
            new Kind("abduction", "ASSAULT", "Violence against civilians", "Abduction/forced disappearance", true));

    private static final List<String> OUTLETS = List.of("Northern Wire", "Daily Meridian", "Coastal Herald", "The Frontier Post",
            "Global Dispatch", "Evening Ledger", "Continental Times", "Harbour Gazette", "Plains Chronicle", "Weekly Observer",
            "Capital Bulletin", "Morning Courier");

    private static final List<String> WITNESS = List.of("a local official", "a medic at the main hospital", "residents",
            "a humanitarian worker", "a regional governor", "an independent monitoring group");

    private final Random random;
    private final List<GeneratedArticle> articles = new ArrayList<>();
    private final List<Incident> incidents = new ArrayList<>();
    private final List<KnownEvent> known = new ArrayList<>();

    private CorpusGenerator(long seed) {
        random = new Random(seed);
    }

    /** Exactly {@code articleCount} articles reporting about {@code articleCount / 3.5} incidents. */
    public static Corpus generate(long seed, int articleCount) {
        if (articleCount < 1) throw new IllegalArgumentException("article count " + articleCount + " is not positive");
        CorpusGenerator g = new CorpusGenerator(seed);
        g.run(articleCount, START, 730);
        return new Corpus(g.articles, g.incidents, g.known);
    }

    /**
     * A calm background of {@code articleCount} articles spread over {@code escalations.days()} days from 2023-01-01,
     * plus the escalation episodes of {@code escalations}: each is a ramp of violent incidents (and fatalities) between
     * the two sides of one conflict over a few days, told by two to five articles each like any other incident. The
     * corpus lists the episodes ({@link Corpus#episodes()}) with their onset and peak days.
     */
    public static Corpus generate(long seed, int articleCount, Escalations escalations) {
        if (articleCount < 1) throw new IllegalArgumentException("article count " + articleCount + " is not positive");
        if (escalations == null) throw new IllegalArgumentException("escalations must not be null");
        CorpusGenerator g = new CorpusGenerator(seed);
        g.run(articleCount, START, escalations.days());
        List<Episode> episodes = g.inject(escalations);
        return new Corpus(g.articles, g.incidents, g.known, episodes);
    }

    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    /** Days before the first episode, and at least between one episode's end and the next onset on its dyad. */
    static final int WARM_UP_DAYS = 42, EPISODE_GAP_DAYS = 35;

    /** Everything one incident's articles share. */
    private record Plan(String incidentId, Theater theater, Kind kind, Side attacker, Side opponent, Actor target,
                        Place where, LocalDate day, int killed, String cameo, LocalDate accusationDay, LocalDate demandDay) {}

    private void run(int articleCount, LocalDate start, int days) {
        Incident previous = null;
        while (articles.size() < articleCount) {
            Theater t;
            Place where;
            LocalDate day;
            double r = random.nextDouble();
            if (previous != null && r < 0.2) {             // the same place again a day or two later
                t = theaterOf(previous);
                where = previous.place();
                day = previous.date().plusDays(1 + random.nextInt(2));
            } else if (previous != null && r < 0.35) {     // the same day elsewhere in the same country
                t = theaterOf(previous);
                Place p;
                do p = pick(t.places()); while (p.equals(previous.place()));
                where = p;
                day = previous.date();
            } else {
                t = pick(THEATERS);
                where = pick(t.places());
                day = start.plusDays(random.nextInt(days));
            }
            previous = incident(t, where, day, pick(KINDS), -1, articleCount - articles.size());
        }
    }

    /**
     * Episodes go to the conflicts in turn; each conflict's share of the days after the warm-up is cut into equal
     * slots, one episode a slot, its onset at least {@link #EPISODE_GAP_DAYS} into the slot so that the one before has
     * ended well before. On ramp day i (0-based) of R, round(peak * (i + 1) / R) violent incidents happen (at least one),
     * each killing (i + 1) * (1..4) people, a massacre twice as many.
     */
    private List<Episode> inject(Escalations e) {
        List<Episode> out = new ArrayList<>();
        List<Kind> violent = KINDS.stream().filter(k -> !k.name().equals("abduction")).toList();
        for (int n = 0; n < e.episodes(); n++) {
            Theater t = THEATERS.get(n % THEATERS.size());
            int ofTheater = n / THEATERS.size();
            int count = e.episodes() / THEATERS.size() + (n % THEATERS.size() < e.episodes() % THEATERS.size() ? 1 : 0);
            int slot = (e.days() - WARM_UP_DAYS) / count;
            int room = slot - EPISODE_GAP_DAYS - e.rampDays();
            if (room < 1)
                throw new IllegalArgumentException(e.days() + " days are too few for " + e.episodes() + " episodes of "
                        + e.rampDays() + " days: each conflict needs " + (EPISODE_GAP_DAYS + e.rampDays() + 1)
                        + " days per episode after a warm-up of " + WARM_UP_DAYS);
            LocalDate onset = START.plusDays(WARM_UP_DAYS + (long) ofTheater * slot + EPISODE_GAP_DAYS + random.nextInt(room));
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < e.rampDays(); i++) {
                int incidentsToday = Math.max(1, (int) Math.round(e.peakIncidents() * (i + 1) / (double) e.rampDays()));
                for (int k = 0; k < incidentsToday; k++) {
                    Kind kind = pick(violent);
                    int killed = (i + 1) * (1 + random.nextInt(4)) * (kind.name().equals("massacre") ? 2 : 1);
                    ids.add(incident(t, pick(t.places()), onset.plusDays(i), kind, killed, Integer.MAX_VALUE).id());
                }
            }
            String a = t.attacker().actor().country(), b = t.defender().actor().country();
            out.add(new Episode(String.format(Locale.ROOT, "E%02d", n + 1), a.compareTo(b) <= 0 ? a : b,
                    a.compareTo(b) <= 0 ? b : a, t.country(), onset, onset.plusDays(e.rampDays() - 1), ids));
        }
        out.sort(java.util.Comparator.comparing(Episode::onset).thenComparing(Episode::id));
        return out;
    }

    /**
     * One incident and its two to five articles (at most {@code maxArticles}); {@code killed} below 0 draws the toll
     * from the kind of incident.
     */
    private Incident incident(Theater t, Place where, LocalDate day, Kind kind, int killedOrDraw, int maxArticles) {
        boolean reversed = !kind.onCivilians() && random.nextDouble() < 0.3;
        Side attacker = reversed ? t.defender() : t.attacker();
        Side opponent = attacker == t.attacker() ? t.defender() : t.attacker();
        Actor target = kind.onCivilians() ? t.civilians() : opponent.actor();
        int killed = killedOrDraw >= 0 ? killedOrDraw : switch (kind.name()) {
            case "abduction" -> 0;
            case "massacre" -> 2 + random.nextInt(29);
            case "clash" -> random.nextDouble() < 0.3 ? 0 : 1 + random.nextInt(12);
            default -> 1 + random.nextInt(12);
        };
        String cameo = switch (kind.name()) {
            case "clash" -> "190";
            case "shelling" -> "194";
            case "air" -> "195";
            case "massacre" -> "1823";
            default -> "181";
        };
        boolean denied = random.nextDouble() < 0.2;
        int reports = Math.min(2 + random.nextInt(4), maxArticles);
        String incidentId = String.format(Locale.ROOT, "I%04d", incidents.size() + 1);
        LocalDate accusationDay = random.nextDouble() < 0.35 ? day : null;
        LocalDate demandDay = random.nextDouble() < 0.2 ? day.plusDays(1) : null;
        Plan plan = new Plan(incidentId, t, kind, attacker, opponent, target, where, day, killed, cameo, accusationDay, demandDay);
        List<String> docs = new ArrayList<>();
        Map<String, List<String>> verbalDocs = new LinkedHashMap<>();
        List<String> outlets = new ArrayList<>(OUTLETS);
        Collections.shuffle(outlets, random);
        for (int k = 0; k < reports; k++) {
            boolean denial = denied && k == reports - 1 && reports > 1;
            GeneratedArticle a = article(plan, outlets.get(k), k, denial, verbalDocs);
            articles.add(a);
            docs.add(a.article().id());
        }
        Incident inc = new Incident(incidentId, day, attacker.actor(), target, cameo, where, killed, denied && reports > 1, docs);
        incidents.add(inc);
        known.add(new KnownEvent(incidentId, "incident", incidentId, day, cameo, attacker.actor(), target, where, docs));
        List<String> accusers = verbalDocs.get("accusation");
        if (accusers != null)
            known.add(new KnownEvent(incidentId + "-A", "accusation", incidentId, accusationDay, "112", opponent.actor(),
                    attacker.actor(), where, accusers));
        List<String> demanders = verbalDocs.get("demand");
        if (demanders != null)
            known.add(new KnownEvent(incidentId + "-D", "demand", incidentId, demandDay, "1056", opponent.actor(),
                    attacker.actor(), where, demanders));
        return inc;
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

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private GeneratedArticle article(Plan p, String outlet, int nth, boolean denial, Map<String, List<String>> verbalDocs) {
        Theater t = p.theater();
        LocalDate day = p.day();
        LocalDate published = day.plusDays(random.nextInt(3));
        boolean monthOnly = !denial && nth > 0 && random.nextDouble() < 0.12;
        boolean noPlace = !denial && nth > 0 && random.nextDouble() < 0.12;
        boolean withTarget = p.kind().onCivilians() || random.nextDouble() < 0.8;
        boolean dateline = random.nextBoolean();
        String when = monthOnly ? "earlier this month" : when(day, published);
        String at = noPlace ? "in " + t.demonym() + " territory" : (random.nextBoolean() ? "in " : "near ") + p.where().name();
        String region = noPlace || p.where().admin1() == null || p.where().admin1().equals(p.where().name()) || random.nextBoolean()
                ? "" : " in " + p.where().admin1();
        String a = pick(p.attacker().names()), b = pick(p.opponent().names());
        String civilians = p.target().name();
        String source = pick(WITNESS);
        String said = random.nextBoolean() ? ", " + source + " said." : ", according to " + source + ".";
        String lead = switch (p.kind().name()) {
            case "shelling" -> capitalized(a) + " shelled " + (noPlace ? "positions " + at : p.where().name() + region) + " " + when
                    + (withTarget ? ", hitting " + b : "") + said;
            case "air" -> random.nextBoolean()
                    ? capitalized(a) + " bombed " + (noPlace ? "positions " + at : p.where().name() + region) + " " + when + said
                    : capitalized(a) + " carried out a drone strike " + at + region + " " + when
                      + (withTarget ? " against " + b : "") + said;
            case "massacre" -> capitalized(a) + " killed " + spellLower(p.killed()) + " " + civilians + " " + at + region + " " + when + said;
            case "abduction" -> capitalized(a) + " abducted " + spellLower(5 + random.nextInt(40)) + " " + civilians + " " + at + region
                    + " " + when + said;
            default -> capitalized(a) + " clashed with " + (withTarget ? b : "opposing units") + " " + at + region + " " + when + said;
        };
        String title = switch (p.kind().name()) {
            case "shelling" -> "Shelling reported " + (noPlace ? "in " + t.demonym() + " territory" : "in " + p.where().name());
            case "air" -> "Strike hits " + (noPlace ? "frontline area" : p.where().name());
            case "massacre" -> "Villagers killed " + (noPlace ? "in raid" : "near " + p.where().name());
            case "abduction" -> "Dozens abducted " + (noPlace ? "in raid" : "near " + p.where().name());
            default -> "Fighting " + (noPlace ? "flares" : "near " + p.where().name());
        };
        Text text = new Text();
        if (dateline)
            text.sb.append(noPlace ? "" : p.where().name().toUpperCase(Locale.ROOT) + ", ").append(monthDay(published))
                    .append(" (").append(outlet).append(") - ");
        int leadStart = text.sb.length();
        text.sb.append(lead);
        Evidence leadEv = new Evidence(0, leadStart, text.sb.length(), lead);
        text.sentences = 1;

        String cited = p.opponent().spokesman();
        String statement = " in a statement (" + citedName(cited) + ", " + monthDay(day) + ").";
        String toll = switch (p.kind().name()) {
            case "abduction" -> capitalized(cited) + " gave the number of missing" + statement;
            case "massacre" -> capitalized(cited) + " put the death toll at " + spellLower(p.killed()) + statement;
            default -> p.killed() == 0 ? "No casualties were reported, " + cited + " said" + statement
                    : random.nextBoolean() ? capitalized(cited) + " put the death toll at " + spellLower(p.killed()) + statement
                    : (p.killed() == 1 ? "One person died" : capitalized(spellLower(p.killed())) + " people died") + ", " + cited + " said" + statement;
        };
        Evidence casualty = text.add(toll);
        Citation citation = new Citation(citedName(cited), PartialDate.of(day), casualty.start() + casualty.text().lastIndexOf('(') + 1,
                casualty.end() - 2, casualty);
        List<Claim> claims = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        text.paragraph();
        if (random.nextBoolean()) {
            String words = pick(switch (p.kind().name()) {
                case "clash" -> List.of("The gunfire went on until dawn", "We stayed inside and waited for it to end");
                case "massacre", "abduction" -> List.of("They came at night and went from house to house", "People are afraid to sleep in their homes");
                default -> List.of("The shells fell on houses and on the road to the market", "We heard explosions for most of the night",
                        "There was no warning before the attack");
            });
            Evidence quoteEv = text.add("\"" + words + ",\" " + source + " told " + outlet + ".");
            quotes.add(new Quote(hash(words + outlet + quoteEv.start()), null, words, quoteEv.start() + 1,
                    quoteEv.start() + 1 + words.length(), quoteEv));
        }
        String target = p.kind().onCivilians() ? civilians + " near " + p.where().name() : p.where().name();
        String deed = switch (p.kind().name()) {
            case "clash" -> "attacking ";
            case "shelling" -> "shelling ";
            case "air" -> "bombing ";
            case "massacre" -> "killing ";
            default -> "abducting ";
        };
        Evidence accusationEv = null, demandEv = null;
        if (p.accusationDay() != null && random.nextDouble() < 0.7) {
            accusationEv = text.add("In a statement " + when(p.accusationDay(), published) + ", " + cited + " accused "
                    + pick(p.attacker().names()) + " of " + deed + target + ".");
        }
        if (p.demandDay() != null && !published.isBefore(p.demandDay()) && random.nextDouble() < 0.7) {
            demandEv = text.add("On " + monthDay(p.demandDay()) + ", " + cited + " demanded that " + pick(p.attacker().names())
                    + " withdraw from " + p.where().name() + ".");
        }
        Evidence denyEv = null;
        if (denial) {
            String act = switch (p.kind().name()) {
                case "clash" -> "attacked " + p.where().name();
                case "shelling" -> "shelled " + p.where().name();
                case "air" -> "bombed " + p.where().name();
                case "massacre" -> "killed " + civilians + " near " + p.where().name();
                default -> "abducted " + civilians + " near " + p.where().name();
            };
            denyEv = text.add(capitalized(p.attacker().spokesman()) + " denied that " + p.attacker().fighters() + " had " + act
                    + " " + when(day, published) + ", calling the reports fabricated.");
        }
        text.paragraph();
        text.add(pick(List.of("The area has seen repeated fighting since the start of the year.",
                "Aid agencies have warned of a worsening humanitarian situation in the region.",
                "Talks brokered by neighbouring states have made little progress.",
                "Thousands of families have fled the district in recent months.")));

        String body = text.sb.toString();
        String id = contentHash(body);
        PartialDate date = monthOnly ? new PartialDate(day.getYear(), day.getMonthValue(), 0) : PartialDate.of(day);
        Actor actor2 = withTarget ? p.target() : null;
        Place placed = noPlace ? null : p.where();
        EventStatus status = denial ? EventStatus.DENIED : EventStatus.ASSERTED;
        String eventId = hash(id + "|" + leadEv.start() + "-" + leadEv.end() + "|" + p.cameo());
        Actor reporter = new Actor(source, null, null, null, null);
        Event event = new Event(eventId, date, p.attacker().actor(), actor2, p.cameo(), p.kind().plover(), p.kind().acledType(),
                p.kind().acledSubType(), placed, p.kind().name().equals("abduction") ? null : p.killed(), reporter, citation, status, leadEv);
        List<Event> events = new ArrayList<>(List.of(event));
        Actor citedActor = p.opponent().actor();
        claims.add(new Claim(hash(id + "|claim|" + casualty.start()), citedActor, "assert", casualty.text(), eventId, null,
                citation, status, casualty));
        if (accusationEv != null) {
            verbalDocs.computeIfAbsent("accusation", k -> new ArrayList<>()).add(id);
            String vid = hash(id + "|" + accusationEv.start() + "|112");
            events.add(new Event(vid, PartialDate.of(p.accusationDay()), citedActor, p.attacker().actor(), "112", "ACCUSE", null, null,
                    p.where(), null, reporter, null, EventStatus.ASSERTED, accusationEv));
            claims.add(new Claim(hash(id + "|accuse|" + accusationEv.start()), citedActor, "assert", accusationEv.text(), eventId,
                    null, null, status, accusationEv));
        }
        if (demandEv != null) {
            verbalDocs.computeIfAbsent("demand", k -> new ArrayList<>()).add(id);
            events.add(new Event(hash(id + "|" + demandEv.start() + "|1056"), PartialDate.of(p.demandDay()), citedActor,
                    p.attacker().actor(), "1056", "DEMAND", null, null, p.where(), null, reporter, null, EventStatus.ASSERTED, demandEv));
        }
        if (denyEv != null)
            claims.add(new Claim(hash(id + "|deny|" + denyEv.start()), p.attacker().actor(), "deny", denyEv.text(), eventId, null,
                    null, EventStatus.DENIED, denyEv));
        Article article = new Article(id, "generated/" + p.incidentId() + "-" + (nth + 1), body, published, "input", outlet, title,
                "https://news.example/" + outlet.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + "/" + id);
        List<Place> places = placed == null ? List.of() : List.of(placed);
        Document expected = new Document(article, events, claims, quotes, List.of(), places, List.of(citation),
                List.of(), List.of());
        return new GeneratedArticle(article, p.incidentId(), expected);
    }

    /** "on Tuesday" when the article is from the same week, else "on March 12". */
    private String when(LocalDate day, LocalDate published) {
        long gap = published.toEpochDay() - day.toEpochDay();
        if (gap >= 0 && gap < 6 && random.nextBoolean())
            return "on " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return "on " + monthDay(day);
    }

    private static String monthDay(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getDayOfMonth();
    }

    private static String citedName(String spokesman) {
        return capitalized(spokesman.replaceFirst("^(the|an|a) ", ""));
    }

    private static String spellLower(int n) {
        String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
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
