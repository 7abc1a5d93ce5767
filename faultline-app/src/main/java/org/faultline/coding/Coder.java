package org.faultline.coding;

import org.faultline.lexicon.CameoCode;
import org.faultline.lexicon.CameoTable;
import org.faultline.lexicon.CountryDomains;
import org.faultline.lexicon.CueLexicon;
import org.faultline.lexicon.Lexicon;
import org.faultline.lexicon.VerbLexicon;
import org.faultline.model.Actor;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.CodingConventions;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.Mentions;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.faultline.model.Quote;
import org.faultline.model.Relation;
import org.faultline.model.Sentence;
import org.faultline.model.Zone;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final StatusCues statusCues;
    private final Rewrites rewrites;
    private final ReporterChooser reporters;
    private final Background background;

    /** Zones that only repeat what the body tells: their mentions join the body's events. */
    private static final java.util.Set<Zone> SECONDARY = java.util.EnumSet.of(Zone.HEADLINE, Zone.CAPTION);
    /** Zones that hold no event of their own. */
    private static final java.util.Set<Zone> NO_EVENTS = java.util.EnumSet.of(Zone.SUBHEADING, Zone.QUESTION, Zone.BYLINE);
    /** Zones told in the writer's own narrative voice. */
    private static final java.util.Set<Zone> BODY_ZONES = java.util.EnumSet.of(Zone.BODY, Zone.DATELINE);

    public Coder(Lexicon lexicon) {
        if (lexicon == null) throw new IllegalArgumentException("lexicon must not be null");
        this.verbs = lexicon.verbs();
        this.cues = lexicon.cues();
        this.cameo = lexicon.cameo();
        this.claimFinder = new ClaimFinder(verbs, cues);
        this.domains = lexicon.domains();
        this.statusCues = new StatusCues(cues);
        this.rewrites = new Rewrites(verbs, cues, statusCues);
        this.reporters = new ReporterChooser(domains, rewrites);
        this.background = new Background(cues);
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
        java.util.function.IntFunction<String> contextCountry = DocumentParts.contextCountries(m);
        ActorLocator locator = ActorLocator.of(m, contextCountry);
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
        ImpliedDoers implied = new ImpliedDoers();
        for (Sentence s : m.annotated().sentences()) {
            SentenceContext ctx = context(m, s);
            relations.addAll(RelationFinder.find(ctx, cues));
            if (!s.parsed()) continue;
            // a sub-heading, a question in the writer's voice or a byline tells no event
            Zone zone = m.zones().get(s.index());
            if (NO_EVENTS.contains(zone)) continue;
            ParseTree t = ctx.tree();
            List<Frames.Frame> frames = Frames.find(t, cues, locator, finder);
            locator.noteMainSubject(t);
            Integer fatalities = FatalityCounter.count(t);
            List<Event> here = new ArrayList<>();
            List<RawEvent> raws = new ArrayList<>(finder.find(ctx));
            if (petrarch) raws.addAll(rewrites.allegations(t, frames, raws, locator, ctx, m));
            else raws = new ArrayList<>(EventFinder.claimedActs(t, raws));
            for (RawEvent found : raws) {
                RawEvent raw = rewrites.asThreat(t, found, frames, locator);
                String impliedWhy = null;
                if (!petrarch) {
                    RawEvent withDoer = implied.apply(raw, ctx, raws);
                    if (withDoer != raw) {
                        impliedWhy = implied.why();
                        raw = withDoer;
                    }
                }
                // a counted act with no one named ("one strike hit near a school") is kept only with its incident's doer
                if (raw.nominal() && raw.actor1() == null && raw.actor2() == null && !Incidents.refersBack(t, raw.token(), cues)) continue;
                if (rewrites.selfDenied(t, raw, frames)) continue;
                if (!petrarch && BODY_ZONES.contains(zone) && background.isBackground(t, raw.token(), Integer.parseInt(raw.code().substring(0, 2)))) continue;
                if (petrarch) raw = Rewrites.asAccusation(t, raw, frames, locator, ctx, m);
                PartialDate told = DateChooser.dateOf(ctx, raw.token());
                if (told != null) lastTold = told;
                lastToldSentence = told != null ? s.index() : lastToldSentence;
                Event settled = settle(docId, ctx, raw, frames, fatalities, m,
                        told == null && lastTold != null && s.index() - lastToldSentence <= CARRY_SENTENCES ? lastTold : null,
                        locator, contextCountry, s.index() - lastPlaceSentence <= CARRY_SENTENCES ? lastPlace : null, petrarch);
                if (settled == null) continue;
                List<String> whyImplied = new ArrayList<>(settled.why());
                if (impliedWhy != null) whyImplied.add(impliedWhy);
                Event e = impliedWhy == null ? settled : settled.withWhy(whyImplied);
                if (e.location() != null && e.location().precision() < 3 && Integer.parseInt(e.root()) >= 18
                        && PlaceChooser.placeOf(ctx, raw) != null) {
                    lastPlace = e.location();
                    lastPlaceSentence = s.index();
                }
                if (events.stream().anyMatch(x -> x.id().equals(e.id())) || here.stream().anyMatch(x -> x.id().equals(e.id()))) continue;
                here.add(e);
                eventToken.put(e.id(), raw.token());
            }
            // "... but the toll could not be verified": its sentence's acts, or else the sentence before's, are unverified
            if (!petrarch && statusCues.unconfirmed(t)) {
                int at = here.isEmpty() ? s.index() - 1 : s.index();
                List<Event> pool = here.isEmpty() ? events : here;
                pool.replaceAll(e -> e.evidence().sentenceIndex() == at && Integer.parseInt(e.root()) >= 14
                        ? e.withStatus(EventStatus.UNVERIFIED.over(e.status())).withWhy(plus(e.why(), UNCONFIRMED_WHY)) : e);
            }
            events.addAll(here);
            implied.note(here);
            List<Claim> found = claimFinder.claimsOf(docId, ctx, frames, here, eventToken, m, contextCountry, locator);
            found.addAll(claimFinder.quoteClaims(docId, ctx, m.quotes(), found, contextCountry, here));
            for (Claim c : found) claims.add(ClaimFinder.withWholeQuotation(c, s, m));
        }
        List<Claim> linked = ClaimLinker.link(claims, events, cues);
        Incidents.Result merged = Incidents.merge(StatusChooser.applyStatus(events, linked), linked,
                i -> SECONDARY.contains(m.zones().get(i)), i -> m.zones().get(i) == Zone.CAPTION);
        // mutual blame shows once an incident's sentences are one event: "troops crossed" with its victims told later
        List<Event> withStatus = StatusChooser.applyStatus(merged.events(), merged.claims());
        linked = merged.claims();
        // an anonymous or unplaced speaker ("the man", "a source close to the group") speaks from where the story is set
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : m.quotes()) {
            Sentence at = m.annotated().sentenceAt(q.start());
            Actor speaker = q.speaker() == null || at == null ? q.speaker() : ClaimFinder.withContextCountry(q.speaker(), contextCountry.apply(at.index()));
            quotes.add(speaker == q.speaker() ? q : new Quote(q.id(), speaker, q.text(), q.start(), q.end(), q.evidence()));
        }
        return new Document(m.article(), withStatus, linked, quotes, DocumentParts.dedupe(relations),
                DocumentParts.distinctPlaces(m.places()), DocumentParts.distinctCitations(m.citations()), m.actors(), m.dates(),
                m.sentenceZones());
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
        Citation citation = ctx.citations().isEmpty() ? ReporterChooser.paragraphCitation(m, s) : ctx.citations().get(0);
        Actor reporter = reporters.reporterOf(ctx, raw, frame, citation, m, locator, contextCountry);
        String root = raw.code().substring(0, 2);

        EventStatus status = EventStatus.ASSERTED;
        // "will never accept the deal": a refusal (CAMEO 12) is made when it is said, whatever its tense
        if (statusCues.forecast(t, raw.token()) && !root.equals("12")) status = EventStatus.FORECAST;
        if (statusCues.hedged(t, raw.token()) || (frame != null && frame.hedged())) status = EventStatus.UNVERIFIED.over(status);

        List<String> why = new ArrayList<>(whyCoded(t, raw));
        if (raw.nominal()) why.add(Incidents.NOMINAL);
        // "launched two strikes on X and four raids on Y": a conjoined act noun coded with its light verb's subject
        String pos = t.pos(raw.token());
        boolean conjoined = !raw.nominal() && (pos.startsWith("NN") || pos.equals("CD") || pos.equals("JJR")) && t.relIs(raw.token(), "conj")
                && t.child(raw.token(), "nsubj") < 0;
        if (conjoined) why.add(Incidents.CONJOINED);
        // "the attack", "this shelling": an event noun that points back at an act already told
        if (raw.nominal() && Incidents.refersBack(t, raw.token(), cues)) why.add(Incidents.REFERS_BACK);
        PartialDate date = DateChooser.dateOf(ctx, raw.token());
        if (date == null && citation != null) date = citation.date();
        if (date == null && carried != null) {
            date = carried;
            why.add(Incidents.DATE_CARRIED);
        }
        // The publication day, not its month: a report with no day word tells what happened that day, which is how the
        // dev gold dates such events; giving the month instead cost dev date accuracy 0.774 -> 0.698 when measured
        if (date == null && m.article().published() != null) {
            date = PartialDate.of(m.article().published());
            why.add(Incidents.DATE_FROM_PUBLICATION);
        }

        Place place = PlaceChooser.placeOf(ctx, raw);
        // a violent act the sentence places nowhere happened where the story last placed violence
        if (place == null && carriedPlace != null && Integer.parseInt(raw.code().substring(0, 2)) >= 18) place = carriedPlace;
        // a meeting, protest or show of force with no one on the other side is aimed at the country where it is held
        Actor actor2 = raw.actor2();
        if (actor2 == null && place != null && place.country() != null && TARGET_BY_PLACE.contains(raw.code().substring(0, 2))
                && (raw.actor1() == null || !place.country().equals(raw.actor1().country()))) {
            actor2 = new Actor(place.name(), place.country(), null, null, place.country());
        }
        Actor actor1 = raw.actor1();
        // "You can strike us all": an act someone is able to do is neither done nor due
        if (statusCues.able(t, raw.token())) return null;
        if (petrarch) {
            // PETRARCH: the target of an act aimed at no one named is the country where it happened, else unknown
            // an act between two sides the sentence cannot name is not coded
            boolean unnamedSource = actor1 == null || actor1.code().startsWith("---");
            boolean unnamedTarget = actor2 == null || actor2.code().startsWith("---");
            if (unnamedSource && unnamedTarget) return null;
            // "might want": a possibility is no event
            if (statusCues.speculative(t, raw.token())) return null;
            Place scene = unnamedTarget && PETRARCH_SCENE_ROOTS.contains(root) ? PlaceChooser.sceneOf(ctx, raw) : null;
            if (scene != null) actor2 = new Actor(scene.name(), scene.country(), null, null, scene.country());
            if (actor2 == null && EventFinder.needsTarget(root)) return null;
            if (actor1 == null) actor1 = UNKNOWN;
            if (actor2 == null) actor2 = UNKNOWN;
        }
        boolean violent = root.equals("18") || root.equals("19") || root.equals("20");
        Evidence ev = s.evidence();
        // two conjoined acts of one sentence with the same code and sides are two events: the act's token tells them apart
        String id = Ids.eventId(docId, ev, conjoined ? raw.code() + "@" + raw.token() : raw.code(), actor1, actor2);
        return new Event(id, date, actor1, actor2, raw.code(), info.map(CameoCode::plover).orElse(null),
                info.map(CameoCode::acledType).orElse(null), info.map(CameoCode::acledSubType).orElse(null), place,
                violent ? fatalities : null, reporter, citation, status, ev, List.of(), null, why);
    }

    /** The lexicon line that coded the word, or the rule that rewrote its code. */
    private List<String> whyCoded(ParseTree t, RawEvent raw) {
        String lemma = t.lemma(raw.token()).toLowerCase(java.util.Locale.ROOT);
        for (var e : raw.nominal() ? verbs.nouns(lemma) : verbs.verbs(lemma)) {
            if (e.code().equals(raw.code())) return List.of("lexicon:" + e.file() + ":" + e.line() + " " + e.lemma() + " -> " + e.code());
        }
        for (var e : verbs.nouns(lemma)) {
            if (e.code().equals(raw.code())) return List.of("lexicon:" + e.file() + ":" + e.line() + " " + e.lemma() + " -> " + e.code());
        }
        return List.of("rule:code " + raw.code() + " for '" + lemma + "' from its frame");
    }

    /** Meetings, protests, shows of force and violence aimed at no one named are aimed at where they happen. */
    private static final java.util.Set<String> PETRARCH_SCENE_ROOTS = java.util.Set.of("04", "14", "15", "18", "19", "20");

    /** An actor the sentence does not name, as PETRARCH writes it. */
    private static final Actor UNKNOWN = new Actor("unknown", null, null, null, "---");

    /** How many sentences a story's last date carries over to undated events. */
    private static final int CARRY_SENTENCES = 4;
    private static final java.util.Set<String> TARGET_BY_PLACE = java.util.Set.of("04", "14", "15");


    private static final String UNCONFIRMED_WHY = "status:unconfirmed (cues.txt UNCONFIRMED)";

    private static List<String> plus(List<String> why, String line) {
        List<String> out = new ArrayList<>(why);
        out.add(line);
        return out;
    }
}
