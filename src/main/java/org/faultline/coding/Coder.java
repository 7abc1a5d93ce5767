package org.faultline.coding;

import org.faultline.lexicon.CameoCode;
import org.faultline.lexicon.CameoTable;
import org.faultline.lexicon.CountryDomains;
import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
import org.faultline.lexicon.Lexicon;
import org.faultline.lexicon.VerbLexicon;
import org.faultline.model.Actor;
import org.faultline.model.ActorMention;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.CodingConventions;
import org.faultline.model.DateMention;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.Mentions;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.faultline.model.PlaceMention;
import org.faultline.model.Quote;
import org.faultline.model.Relation;
import org.faultline.model.Sentence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Codes events, claims and relations from an article's mentions and parses. Every event carries who
 * reports it, the source the text cites, and a status derived from the claims and the hedges and modals
 * around it (denied > contested > unverified > forecast > asserted); every denial is linked to the claim
 * it contradicts.
 */
public final class Coder {
    private final VerbLexicon verbs;
    private final CueLexicon cues;
    private final CameoTable cameo;
    private final ClaimFinder claimFinder;
    private final CountryDomains domains;

    public Coder(Lexicon lexicon) {
        if (lexicon == null) throw new IllegalArgumentException("lexicon must not be null");
        this.verbs = lexicon.verbs();
        this.cues = lexicon.cues();
        this.cameo = lexicon.cameo();
        this.claimFinder = new ClaimFinder(verbs, cues);
        this.domains = lexicon.domains();
    }

    /** Codes one article with faultline's conventions. */
    public Document code(Mentions m) {
        return code(m, CodingConventions.FAULTLINE);
    }

    /** Codes one article with the given conventions. */
    public Document code(Mentions m, CodingConventions conventions) {
        if (conventions == null) throw new IllegalArgumentException("conventions must not be null");
        boolean petrarch = conventions == CodingConventions.PETRARCH;
        String docId = m.article().id();
        String text = m.article().text();
        java.util.function.IntFunction<String> contextCountry = contextCountries(m);
        ActorLocator locator = new ActorLocator(m.actors(), contextCountry, (from, to) -> text.substring(from, Math.max(from, to)),
                offset -> m.quotes().stream().filter(q -> offset >= q.start() && offset < q.end() && q.speaker() != null)
                        .map(q -> ClaimFinder.withContextCountry(q.speaker(), contextCountry.apply(sentenceOf(m, offset))))
                        .findFirst().orElse(null),
                (from, to) -> m.places().stream().filter(p -> p.start() >= from && p.end() <= to && p.place().country() != null)
                        .findFirst().map(p -> new Actor(p.text(), p.place().country(), null, null, p.place().country())).orElse(null));
        if (petrarch) locator.contextForNamedPeopleOnly();
        EventFinder finder = new EventFinder(verbs, cues, locator, petrarch);
        List<Event> events = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        Map<String, Integer> eventToken = new HashMap<>();
        PartialDate lastTold = null;
        int lastToldSentence = -100;
        Place lastPlace = null;
        int lastPlaceSentence = -100;
        for (Sentence s : m.annotated().sentences()) {
            SentenceContext ctx = context(m, s);
            relations.addAll(RelationFinder.find(ctx, cues));
            if (!s.parsed()) continue;
            ParseTree t = ctx.tree();
            List<Frames.Frame> frames = Frames.find(t, cues, locator, finder);
            locator.noteMainSubject(t);
            Integer fatalities = FatalityCounter.count(t);
            List<Event> here = new ArrayList<>();
            List<RawEvent> raws = new ArrayList<>(finder.find(ctx));
            if (petrarch) raws.addAll(allegations(t, frames, raws, locator, ctx, m));
            for (RawEvent found : raws) {
                RawEvent raw = asThreat(t, found, frames, locator);
                if (selfDenied(t, raw, frames)) continue;
                if (petrarch) raw = asAccusation(t, raw, frames, locator, ctx, m);
                PartialDate told = dateOf(ctx, raw.token());
                if (told != null) lastTold = told;
                lastToldSentence = told != null ? s.index() : lastToldSentence;
                Event e = settle(docId, ctx, raw, frames, fatalities, m,
                        told == null && lastTold != null && s.index() - lastToldSentence <= CARRY_SENTENCES ? lastTold : null,
                        locator, contextCountry, s.index() - lastPlaceSentence <= CARRY_SENTENCES ? lastPlace : null, petrarch);
                if (e == null) continue;
                if (e.location() != null && e.location().precision() < 3 && Integer.parseInt(e.root()) >= 18
                        && placeOf(ctx, raw) != null) {
                    lastPlace = e.location();
                    lastPlaceSentence = s.index();
                }
                if (events.stream().anyMatch(x -> x.id().equals(e.id())) || here.stream().anyMatch(x -> x.id().equals(e.id()))) continue;
                here.add(e);
                eventToken.put(e.id(), raw.token());
            }
            events.addAll(here);
            List<Claim> found = claimFinder.claimsOf(docId, ctx, frames, here, eventToken, m, contextCountry, locator);
            found.addAll(claimFinder.quoteClaims(docId, ctx, m.quotes(), found, contextCountry, here));
            for (Claim c : found) claims.add(withWholeQuotation(c, s, m));
        }
        List<Claim> linked = ClaimLinker.link(claims, events, cues);
        List<Event> withStatus = ClaimLinker.applyStatus(events, linked);
        // an anonymous or unplaced speaker ("the man", "a source close to the group") speaks from where the story is set
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : m.quotes()) {
            Sentence at = m.annotated().sentenceAt(q.start());
            Actor speaker = q.speaker() == null || at == null ? q.speaker() : ClaimFinder.withContextCountry(q.speaker(), contextCountry.apply(at.index()));
            quotes.add(speaker == q.speaker() ? q : new Quote(q.id(), speaker, q.text(), q.start(), q.end(), q.evidence()));
        }
        return new Document(m.article(), withStatus, linked, quotes, dedupe(relations),
                distinctPlaces(m.places()), distinctCitations(m.citations()), m.actors(), m.dates());
    }

    /** Per sentence: the country of its most precise place, else the article's most named country. */
    private static java.util.function.IntFunction<String> contextCountries(Mentions m) {
        Map<String, Integer> counts = new HashMap<>();
        for (ActorMention a : m.actors()) if (a.actor().country() != null) counts.merge(a.actor().country(), 1, Integer::sum);
        for (PlaceMention p : m.places()) if (p.place().country() != null) counts.merge(p.place().country(), 1, Integer::sum);
        String dominant = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        return sentence -> {
            PlaceMention best = null;
            for (PlaceMention p : m.places()) {
                if (p.sentenceIndex() != sentence || p.place().country() == null) continue;
                if (best == null || p.place().precision() < best.place().precision()) best = p;
            }
            return best != null ? best.place().country() : dominant;
        };
    }

    private static SentenceContext context(Mentions m, Sentence s) {
        int k = s.index();
        return new SentenceContext(s, new ParseTree(s),
                m.actors().stream().filter(a -> a.sentenceIndex() == k).toList(),
                m.places().stream().filter(p -> p.sentenceIndex() == k).toList(),
                m.dates().stream().filter(d -> d.sentenceIndex() == k).toList(),
                m.citations().stream().filter(c -> c.evidence() != null && c.evidence().sentenceIndex() == k).toList());
    }

    /**
     * @param carried the date the story last gave, for an event whose sentence gives none: "Three fighters were
     *                killed on Saturday ... The group said it had fired on ..." is still Saturday
     */
    private Event settle(String docId, SentenceContext ctx, RawEvent raw, List<Frames.Frame> frames, Integer fatalities,
                         Mentions m, PartialDate carried, ActorLocator locator, java.util.function.IntFunction<String> contextCountry,
                         Place carriedPlace, boolean petrarch) {
        ParseTree t = ctx.tree();
        Sentence s = ctx.sentence();
        Optional<CameoCode> info = cameo.get(raw.code());
        Frames.Frame frame = null;
        for (Frames.Frame f : frames) {
            if (f.verb() == raw.token()) continue;
            if (f.covers(t, raw.token()) && (frame == null || f.scope() != Frames.Frame.WHOLE_SENTENCE)) frame = f;
        }
        Citation citation = ctx.citations().isEmpty() ? paragraphCitation(m, s) : ctx.citations().get(0);
        Actor reporter = frame != null && frame.reporter() != null ? frame.reporter() : null;
        if (reporter == null && frame != null && frame.subject() >= 0) reporter = ClaimFinder.author(ctx, frame.subject(), m);
        String root = raw.code().substring(0, 2);
        if (reporter == null && isVerbalAct(root) && raw.actor1() != null) reporter = raw.actor1();
        // inside a quotation the speaker tells it; an act an accusation charges is told by the accuser
        if (reporter == null) reporter = locator.speaker(t.begin(raw.token()));
        if (reporter == null && raw.nominal() && t.head(raw.token()) >= 0 && accusation(t, t.head(raw.token())))
            reporter = locator.actorOf(t, t.child(t.head(raw.token()), "nsubj"));
        if (reporter == null && citation != null) reporter = outletActor(citation.outlet());
        if (reporter != null) reporter = ClaimFinder.withContextCountry(reporter, contextCountry.apply(ctx.sentence().index()));

        EventStatus status = EventStatus.ASSERTED;
        if (forecast(t, raw.token())) status = EventStatus.FORECAST;
        if (hedged(t, raw.token()) || (frame != null && frame.hedged())) status = EventStatus.UNVERIFIED.over(status);

        PartialDate date = dateOf(ctx, raw.token());
        if (date == null && citation != null) date = citation.date();
        if (date == null && carried != null) date = carried;
        // The publication day, not its month: a report with no day word tells what happened that day, which is how the
        // dev gold dates such events; giving the month instead cost dev date accuracy 0.774 -> 0.698 when measured
        if (date == null && m.article().published() != null) date = PartialDate.of(m.article().published());

        Place place = placeOf(ctx, raw);
        // a violent act the sentence places nowhere happened where the story last placed violence
        if (place == null && carriedPlace != null && Integer.parseInt(raw.code().substring(0, 2)) >= 18) place = carriedPlace;
        // a meeting, protest or show of force with no one on the other side is aimed at the country where it is held
        Actor actor2 = raw.actor2();
        if (actor2 == null && place != null && place.country() != null && TARGET_BY_PLACE.contains(raw.code().substring(0, 2))
                && (raw.actor1() == null || !place.country().equals(raw.actor1().country()))) {
            actor2 = new Actor(place.name(), place.country(), null, null, place.country());
        }
        Actor actor1 = raw.actor1();
        if (petrarch) {
            // PETRARCH: the target of an act aimed at no one named is the country where it happened, else unknown
            // an act between two sides the sentence cannot name is not coded
            boolean unnamedSource = actor1 == null || actor1.code().startsWith("---");
            boolean unnamedTarget = actor2 == null || actor2.code().startsWith("---");
            if (unnamedSource && unnamedTarget) return null;
            // "might want": a possibility is no event
            if (speculative(t, raw.token())) return null;
            Place scene = unnamedTarget && PETRARCH_SCENE_ROOTS.contains(root) ? sceneOf(ctx, raw) : null;
            if (scene != null) actor2 = new Actor(scene.name(), scene.country(), null, null, scene.country());
            if (actor2 == null && EventFinder.needsTarget(root)) return null;
            if (actor1 == null) actor1 = UNKNOWN;
            if (actor2 == null) actor2 = UNKNOWN;
        }
        boolean violent = root.equals("18") || root.equals("19") || root.equals("20");
        Evidence ev = s.evidence();
        String id = eventId(docId, ev, raw.code(), actor1, actor2);
        return new Event(id, date, actor1, actor2, raw.code(), info.map(CameoCode::plover).orElse(null),
                info.map(CameoCode::acledType).orElse(null), info.map(CameoCode::acledSubType).orElse(null), place,
                violent ? fatalities : null, reporter, citation, status, ev);
    }

    /**
     * A sentence without a citation of its own is covered by the next citation of its paragraph: analysis pieces
     * cite once at the end of a run of sentences drawn from one source.
     */
    private static Citation paragraphCitation(Mentions m, Sentence s) {
        String text = m.article().text();
        Citation best = null;
        for (Citation c : m.citations()) {
            if (c.evidence() == null || c.evidence().start() < s.end()) continue;
            if (text.substring(s.end(), c.evidence().start()).contains("\n")) continue;
            if (best == null || c.evidence().start() < best.evidence().start()) best = c;
        }
        return best;
    }

    /**
     * "The spokesman said they would keep up their attacks": force announced by the side that would use it is a threat
     * (CAMEO 138), which has happened, not a forecast attack.
     */
    private RawEvent asThreat(ParseTree t, RawEvent raw, List<Frames.Frame> frames, ActorLocator locator) {
        int root = Integer.parseInt(raw.code().substring(0, 2));
        if (raw.actor1() == null) return raw;
        for (Frames.Frame f : frames) {
            if (f.deny() || !f.covers(t, raw.token()) || f.reporter() == null) continue;
            // "A and B said they will attack": each speaker speaks of its own act
            boolean ownAct = java.util.Objects.equals(f.reporter().country(), raw.actor1().country())
                    || (f.subject() >= 0 && locator.actorsOf(t, f.subject()).stream().anyMatch(a -> a.code().equals(raw.actor1().code())));
            if (!ownAct) continue;
            boolean future = forecast(t, raw.token());
            // "X claimed that it had attacked Y": a side claiming its own attack claims responsibility (015)
            if (root >= 18 && !future && t.lemma(f.verb()).equals("claim")) {
                return new RawEvent(f.verb(), "015", raw.actor1(), raw.actor2(), raw.nominal());
            }
            if (root >= 18 && future) return new RawEvent(f.verb(), "138", raw.actor1(), raw.actor2(), raw.nominal());
            // "Israel announced it would free 150 prisoners": a side announcing its own cooperative act states an intent
            String intent = EventFinder.INTENTS.get(raw.code().substring(0, 2));
            if (future && intent != null) return new RawEvent(f.verb(), intent, raw.actor1(), raw.actor2(), raw.nominal());
        }
        return raw;
    }


    /** Meetings, protests, shows of force and violence aimed at no one named are aimed at where they happen. */
    private static final java.util.Set<String> PETRARCH_SCENE_ROOTS = java.util.Set.of("04", "14", "15", "18", "19", "20");
    private static final java.util.Set<String> SPECULATIVE = java.util.Set.of("might", "may", "could");

    private static boolean speculative(ParseTree t, int token) {
        int i = token;
        for (int depth = 0; i >= 0 && depth < 4; depth++) {
            for (int c : t.children(i, "aux")) if (SPECULATIVE.contains(t.word(c).toLowerCase(java.util.Locale.ROOT))) return true;
            if (!t.relIs(i, "xcomp", "conj")) break;
            i = t.head(i);
        }
        return false;
    }

    /**
     * PETRARCH: "the report alleged that the minister knew of the plan": an allegation is an accusation (112)
     * of the one the alleged clause is about, though nothing it alleges is an act of its own.
     */
    private List<RawEvent> allegations(ParseTree t, List<Frames.Frame> frames, List<RawEvent> found, ActorLocator locator,
                                       SentenceContext ctx, Mentions m) {
        List<RawEvent> out = new ArrayList<>();
        for (Frames.Frame f : frames) {
            if (f.deny() || f.scope() < 0 || !verbs.verbs(t.lemma(f.verb())).stream().anyMatch(e -> e.code().equals("112"))) continue;
            if (found.stream().anyMatch(e -> f.covers(t, e.token()) && Integer.parseInt(e.code().substring(0, 2)) >= 13)) continue;
            Actor reporter = f.reporter() != null ? f.reporter() : ClaimFinder.author(ctx, f.subject(), m);
            Actor accused = locator.actorOf(t, t.child(f.scope(), "nsubj"));
            if (reporter != null && accused != null && !java.util.Objects.equals(reporter.country(), accused.country()))
                out.add(new RawEvent(f.verb(), "112", reporter, accused, false));
        }
        return out;
    }

    /**
     * "'Our men entered the camp. We killed twelve soldiers,' the spokesman said": a claim told at the end of a
     * quotation that began sentences earlier holds the whole quotation as its evidence.
     */
    private static Claim withWholeQuotation(Claim c, Sentence s, Mentions m) {
        for (Quote q : m.quotes()) {
            if (q.start() >= s.begin() || q.end() <= s.begin() || q.end() > s.end()) continue;
            if (c.evidence().start() < q.start() || c.evidence().start() > q.end()) continue;
            String text = m.article().text();
            // one paragraph's quotation only: a speech quoted over paragraphs is told claim by claim
            if (text.substring(q.start(), s.begin()).indexOf('\n') >= 0) continue;
            // the sentence ends with who said it: "... weapons," the spokesman said.
            if (!text.substring(q.end(), s.end()).chars().anyMatch(Character::isLetter)) continue;
            Evidence wide = new Evidence(c.evidence().sentenceIndex(), q.start(), s.end(), text.substring(q.start(), s.end()));
            return new Claim(c.id(), c.claimant(), c.stance(), c.text(), c.aboutEvent(), c.contradicts(), c.citation(), c.status(), wide);
        }
        return c;
    }

    /** An actor the sentence does not name, as PETRARCH writes it. */
    private static final Actor UNKNOWN = new Actor("unknown", null, null, null, "---");

    /**
     * PETRARCH: "Kenya said a rocket was fired at it from Somalia", "the ministry claimed that the rebels had attacked the town":
     * a conflictual act another side reports is that side's accusation (CAMEO 112) against the one it says acted.
     */
    private static RawEvent asAccusation(ParseTree t, RawEvent raw, List<Frames.Frame> frames, ActorLocator locator,
                                         SentenceContext ctx, Mentions m) {
        int root = Integer.parseInt(raw.code().substring(0, 2));
        if (root < 13) return raw;
        for (Frames.Frame f : frames) {
            // only "X said (that) S": a source named after the report ("S, officials said") only attributes it
            boolean forward = f.verb() < raw.token() && (f.scope() == Frames.Frame.REST_OF_SENTENCE
                    || (f.scope() >= 0 && t.head(f.scope()) == f.verb()) || t.relIs(f.verb(), "csubj", "csubj:pass"));
            if (f.deny() || !forward || !f.covers(t, raw.token()) || f.subject() < 0 || f.subject() > f.verb()) continue;
            Actor reporter = f.reporter() != null ? f.reporter() : ClaimFinder.author(ctx, f.subject(), m);
            if (reporter == null) continue;
            // "A and B said they will attack C": what the speakers say of themselves is no accusation
            List<Actor> speakers = locator.actorsOf(t, f.subject());
            if (raw.actor1() != null && (java.util.Objects.equals(reporter.country(), raw.actor1().country())
                    || speakers.stream().anyMatch(a -> a.code().equals(raw.actor1().code())))) return raw;
            return new RawEvent(f.verb(), "112", reporter, raw.actor1(), false);
        }
        return raw;
    }

    /** "Moscow denied targeting civilians": an act its own doer denies, and no one else claims, is no event. */
    private boolean selfDenied(ParseTree t, RawEvent raw, List<Frames.Frame> frames) {
        if (raw.actor1() == null || raw.code().startsWith("12")) return false;
        // someone else's report of it stands: "Ukraine reported that Russian missiles struck ..., a charge Moscow denied",
        // "Azerbaijan's allegations that Armenia opened fire are false"
        for (Frames.Frame f : frames) if (!f.deny() && f.reporter() != null && f.covers(t, raw.token())) return false;
        for (int a : t.ancestors(raw.token())) if (t.pos(a).startsWith("NN") && cues.contains(CueKind.CLAIM, t.lemma(a))) return false;
        for (Frames.Frame f : frames) {
            if (f.deny() && f.scope() != Frames.Frame.REST_OF_SENTENCE && f.covers(t, raw.token()) && f.reporter() != null
                    && java.util.Objects.equals(f.reporter().country(), raw.actor1().country())) return true;
        }
        return false;
    }

    private static int sentenceOf(Mentions m, int offset) {
        Sentence s = m.annotated().sentenceAt(offset);
        return s == null ? -1 : s.index();
    }

    /** How many sentences a story's last date carries over to undated events. */
    private static final int CARRY_SENTENCES = 4;
    private static final java.util.Set<String> TARGET_BY_PLACE = java.util.Set.of("04", "14", "15");

    /** "accused", "blamed": a verb the lexicon codes as disapproval or accusation (CAMEO 11). */
    private boolean accusation(ParseTree t, int verb) {
        for (var e : verbs.verbs(t.lemma(verb))) if (e.code().startsWith("11")) return true;
        return false;
    }

    /** Statements, appeals, demands, accusations and the like: the actor who makes them reports them. */
    private static boolean isVerbalAct(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 || (r >= 10 && r <= 13) || r == 16;
    }

    /** An outlet named in a citation, as a media actor; a country-code domain gives its country. */
    private Actor outletActor(String outlet) {
        String country = domains.countryOf(outlet);
        return new Actor(outlet, country, "MED", null, (country == null ? "---" : country) + "MED");
    }

    private boolean forecast(ParseTree t, int token) {
        int i = token;
        for (int depth = 0; i >= 0 && depth < 6; depth++) {
            for (int c : t.children(i, "aux")) if (cues.contains(CueKind.FORECAST, t.lemma(c)) || cues.contains(CueKind.FORECAST, t.word(c))) return true;
            if (i != token && cues.contains(CueKind.FORECAST, t.lemma(i))) return true;
            if (i != token && cues.contains(CueKind.REPORT, t.lemma(i))) return false;
            if (!t.relIs(i, "xcomp", "conj", "ccomp", "advcl")) break;
            i = t.head(i);
        }
        return false;
    }

    private boolean hedged(ParseTree t, int token) {
        for (int i = 0; i < t.size(); i++) {
            boolean phrase = !isCue(t, i, CueKind.HEDGE) && phraseAt(t, i, CueKind.HEDGE);
            if (!phrase && !isCue(t, i, CueKind.HEDGE)) continue;
            // "appeared to show": a phrase that starts with its verb hedges what that verb governs
            int v = phrase && t.isVerb(i) ? i : nearestVerb(t, i);
            if (v == token || (v >= 0 && t.dominates(v, token))) return true;
        }
        return false;
    }

    /** A cue phrase of several words starting at token {@code i} ("footage appeared to show ..."), by word or lemma. */
    private boolean phraseAt(ParseTree t, int i, CueKind kind) {
        for (List<String> phrase : cues.phrases(kind)) {
            if (i + phrase.size() > t.size()) continue;
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) all = phrase.get(k).equals(t.word(i + k)) || phrase.get(k).equals(t.lemma(i + k));
            if (all) return true;
        }
        return false;
    }

    private boolean isCue(ParseTree t, int i, CueKind kind) {
        if (cues.contains(kind, t.lemma(i)) || cues.contains(kind, t.word(i))) return true;
        if (t.word(i).indexOf('-') > 0) for (String part : t.word(i).split("-")) if (cues.contains(kind, part)) return true;
        return false;
    }

    private static int nearestVerb(ParseTree t, int i) {
        int h = i;
        for (int depth = 0; h >= 0 && depth < 8; depth++) {
            if (t.isVerb(h) && h != i) return h;
            h = t.head(h);
        }
        return -1;
    }

    private static PartialDate dateOf(SentenceContext ctx, int token) {
        ParseTree t = ctx.tree();
        DateMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (DateMention d : ctx.dates()) {
            if (ctx.inCitation(d.start())) continue;
            int k = ctx.tokenAt(d.start());
            int rank;
            if (k < 0) rank = 50;
            else if (t.dominates(token, k)) rank = 0;
            else if (t.ancestors(token).contains(t.head(k))) rank = 10;
            else rank = 20;
            if (rank < bestRank) {
                bestRank = rank;
                best = d;
            }
        }
        return best == null ? null : best.date();
    }

    private static Place placeOf(SentenceContext ctx, RawEvent raw) {
        ParseTree t = ctx.tree();
        return bestPlace(ctx, p -> {
            int k = ctx.tokenAt(p.start());
            int rank = p.place().precision() * 100;
            if (k >= 0 && t.dominates(raw.token(), k)) rank -= 50;
            // "Baku set up the checkpoint": a capital standing for its government is an actor, not the scene
            if (insideActor(ctx, p) && (p.place().precision() == 3 || isSubjectOrAgent(t, k))) rank += 1000;
            // a dateline's city ("MOGADISHU, Aug 14 (Reuters) -") is where the story was filed
            if (k >= 0 && t.head(k) < -1) rank += 500;
            return rank;
        });
    }

    /** The place where the act happened, for a PETRARCH target: not a place standing inside an actor's name. */
    private static Place sceneOf(SentenceContext ctx, RawEvent raw) {
        ParseTree t = ctx.tree();
        return bestPlace(ctx, p -> {
            int k = ctx.tokenAt(p.start());
            if (p.place().country() == null || k < 0 || t.head(k) < -1) return Integer.MAX_VALUE;
            // "Peru's foreign minister met ...": a place in the doer's name is not the scene
            for (int c : t.children(raw.token(), "nsubj", "nsubj:pass", "obl:agent", "csubj")) if (t.dominates(c, k)) return Integer.MAX_VALUE;
            if (insideActor(ctx, p) && !t.dominates(raw.token(), k)) return Integer.MAX_VALUE;
            return p.place().precision() * 100 + (t.dominates(raw.token(), k) ? 0 : 50);
        });
    }

    /** The sentence's place (outside citations) with the lowest rank; {@code Integer.MAX_VALUE} rules a place out. */
    private static Place bestPlace(SentenceContext ctx, java.util.function.ToIntFunction<PlaceMention> rank) {
        PlaceMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (PlaceMention p : ctx.places()) {
            if (ctx.inCitation(p.start())) continue;
            int r = rank.applyAsInt(p);
            if (r < bestRank) {
                bestRank = r;
                best = p;
            }
        }
        return best == null ? null : best.place().withName(best.text());
    }

    private static boolean isSubjectOrAgent(ParseTree t, int k) {
        return k >= 0 && (t.relIs(k, "nsubj") || t.relIs(k, "nsubj:pass") || t.relIs(k, "obl:agent"));
    }

    private static boolean insideActor(SentenceContext ctx, PlaceMention p) {
        for (ActorMention a : ctx.actors()) if (p.start() >= a.start() && p.end() <= a.end()) return true;
        return false;
    }

    private static List<Place> distinctPlaces(List<PlaceMention> mentions) {
        Map<String, Place> byCanonical = new LinkedHashMap<>();
        for (PlaceMention p : mentions) byCanonical.putIfAbsent(p.place().canonical() + "|" + p.place().country(), p.place().withName(p.text()));
        return new ArrayList<>(byCanonical.values());
    }

    /** The document lists each cited source and date once, though several sentences may cite it. */
    private static List<Citation> distinctCitations(List<Citation> citations) {
        Map<String, Citation> out = new LinkedHashMap<>();
        for (Citation c : citations) out.putIfAbsent(c.outlet() + "|" + c.date(), c);
        return new ArrayList<>(out.values());
    }

    /**
     * One relation per pair and kind in a document, with its first evidence; a tension between two sides that
     * are also at war is the hostility already listed.
     */
    private static List<Relation> dedupe(List<Relation> rels) {
        Map<String, Relation> out = new LinkedHashMap<>();
        for (Relation r : rels) out.putIfAbsent(pairKey(r) + "|" + r.kind(), r);
        out.values().removeIf(r -> r.kind().equals("tension") && out.containsKey(pairKey(r) + "|hostility"));
        return new ArrayList<>(out.values());
    }

    private static String pairKey(Relation r) {
        String a = r.a().code(), b = r.b().code();
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** Report-level event id: a hash of document, evidence span, code and actor codes. */
    static String eventId(String docId, Evidence ev, String code, Actor a1, Actor a2) {
        return "ev-" + hash(docId + "|" + ev.start() + "-" + ev.end() + "|" + code + "|"
                + (a1 == null ? "" : a1.code()) + "|" + (a2 == null ? "" : a2.code()));
    }

    static String claimId(String docId, Evidence ev, String stance, Actor claimant, String text) {
        return "cl-" + hash(docId + "|" + ev.start() + "|" + stance + "|" + claimant.code() + "|" + text);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }


}
