package org.faultline.coding;

import org.faultline.lexicon.WordLists;
import org.faultline.model.Actor;
import org.faultline.model.ActorMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the actor a noun phrase of the parse names, from the actor mentions of its sentence. */
final class ActorLocator {
    private static final Set<String> PRONOUNS = WordLists.bundled().set("ACTOR_PRONOUN");
    private static final Set<String> FIRST_PERSON = WordLists.bundled().set("FIRST_PERSON_PRONOUN");
    private static final Set<String> PERSONAL = WordLists.bundled().set("PERSONAL_PRONOUN");
    private static final Set<String> IMPERSONAL = WordLists.bundled().set("IMPERSONAL_PRONOUN");
    private static final Set<String> PLURAL_PRONOUNS = WordLists.bundled().set("PLURAL_PRONOUN");
    private static final String[] OUTSIDE_PHRASE = {"acl", "appos", "punct", "parataxis", "ccomp", "advcl", "conj", "cc", "dep"};

    private final List<ActorMention> all;
    private final java.util.function.IntFunction<String> contextCountry;
    private final Antecedents antecedents;
    private final java.util.function.IntFunction<Actor> speakerAt;
    private final java.util.function.BiFunction<Integer, Integer, Actor> placeIn;
    /** PETRARCH's conventions: only a named person ("President Ama Mensah") takes the context's country. */
    private boolean namedOnly;
    /** The subject actor of each sentence's main clause, filled as the coder goes through the article. */
    private final java.util.Map<Integer, Actor> mainSubjects = new java.util.HashMap<>();
    /** Names of the actors named as persons: "he" and "she" stand only for one of them. */
    private final Set<String> persons = new java.util.HashSet<>();

    /**
     * @param contextCountry the country a sentence's unattached "rebels" or "the army" most likely belong to:
     *                       where the sentence's places are, else the article's most named country
     */
    ActorLocator(List<ActorMention> all, java.util.function.IntFunction<String> contextCountry,
                 java.util.function.BiFunction<Integer, Integer, String> gapText,
                 java.util.function.IntFunction<Actor> speakerAt,
                 java.util.function.BiFunction<Integer, Integer, Actor> placeIn) {
        this.all = all;
        this.antecedents = new Antecedents(all, gapText);
        this.placeIn = placeIn;
        this.speakerAt = speakerAt;
        this.contextCountry = contextCountry;
    }

    /**
     * The locator of one article: speakers from its quotations, places from its place mentions, and as persons the
     * actor mentions that cover a token CoreNLP tags PERSON.
     */
    static ActorLocator of(org.faultline.model.Mentions m, java.util.function.IntFunction<String> contextCountry) {
        String text = m.article().text();
        ActorLocator locator = new ActorLocator(m.actors(), contextCountry, (from, to) -> text.substring(from, Math.max(from, to)),
                offset -> m.quotes().stream().filter(q -> offset >= q.start() && offset < q.end() && q.speaker() != null)
                        .map(q -> ClaimFinder.withContextCountry(q.speaker(), contextCountry.apply(sentenceOf(m, offset))))
                        .findFirst().orElse(null),
                (from, to) -> m.places().stream().filter(p -> p.start() >= from && p.end() <= to && p.place().country() != null)
                        .findFirst().map(p -> new Actor(p.text(), p.place().country(), null, null, p.place().country())).orElse(null));
        for (ActorMention a : m.actors()) {
            org.faultline.model.Sentence s = m.annotated().sentenceAt(a.start());
            if (s != null && s.tokens().stream().anyMatch(k -> k.begin() >= a.start() && k.end() <= a.end() && k.ner().equals("PERSON")))
                locator.persons.add(a.actor().name());
        }
        return locator;
    }

    private static int sentenceOf(org.faultline.model.Mentions m, int offset) {
        org.faultline.model.Sentence s = m.annotated().sentenceAt(offset);
        return s == null ? -1 : s.index();
    }

    /** Under PETRARCH's conventions a generic agent ("insurgents", "the government") keeps no country ("---REB"). */
    ActorLocator contextForNamedPeopleOnly() {
        namedOnly = true;
        return this;
    }

    /** "President Ama Mensah", "General Lena Ortiz": two or more capitalised words, not just a title. */
    private static boolean namesSomeone(Actor a) {
        int capitalised = 0;
        for (String w : a.name().split("\\s+")) {
            if (w.isEmpty() || w.equals("The") || w.equals("A") || w.equals("An")) continue;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return capitalised >= 2;
    }

    /** The actors a nominal names: one for a plain phrase, one per conjunct for "Rabat and Madrid". */
    List<Actor> actorsOf(ParseTree t, int head) {
        List<Actor> out = new ArrayList<>();
        if (head < 0) return out;
        if (PLURAL_PRONOUNS.contains(t.word(head)) || pairNoun(t, head)) {
            List<Actor> pair = antecedents.pairBefore(t.begin(head));
            if (!pair.isEmpty()) return pair;
        }
        Actor first = actorOf(t, head);
        if (first != null) out.add(first);
        // "US and British activists": each coordinated country modifier names its own side of the same kind
        if (first != null && first.sector() != null) {
            for (int c : t.children(head, "compound", "amod")) {
                if (t.children(c, "conj").isEmpty()) continue;
                Actor modifier = namedActor(t, c);
                if (modifier == null || modifier.country() == null || modifier.sector() != null
                        || modifier.country().equals(first.country())) continue;
                // the modifier carrying the "and" is the first conjunct: it comes before the one the head's own actor names
                out.add(out.indexOf(first), new Actor(modifier.name() + " " + t.word(head), modifier.country(), first.sector(), null,
                        modifier.country() + first.sector()));
            }
        }
        for (int c : t.children(head, "conj")) {
            Actor a = actorOf(t, c);
            if (a != null && out.stream().noneMatch(x -> x.code().equals(a.code()) && x.name().equals(a.name()))) out.add(a);
        }
        return out;
    }

    private static final Set<String> PAIR_NOUNS = org.faultline.lexicon.WordLists.bundled().set("PAIR_NOUN");
    private static final Set<String> PAIR_MARKERS = org.faultline.lexicon.WordLists.bundled().set("PAIR_MARKER");

    /** "both sides", "the two parties", "the belligerents": a plural side noun marked as a pair and naming no one. */
    private boolean pairNoun(ParseTree t, int head) {
        String lemma = t.lemma(head).toLowerCase(java.util.Locale.ROOT);
        if (!PAIR_NOUNS.contains(lemma) || t.word(head).equalsIgnoreCase(lemma)) return false;
        // "the Chadian side", "the ruling parties": a modifier names whose they are
        if (!t.children(head, "amod", "compound", "nmod:poss").isEmpty()) return false;
        for (int c : t.children(head, "det", "nummod", "det:predet", "cc:preconj")) {
            if (PAIR_MARKERS.contains(t.word(c).toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /** The actor of one nominal (without its conjuncts), or null; a sector without a country takes the context's. */
    Actor actorOf(ParseTree t, int head) {
        Actor a = namedActor(t, head);
        // "'Our troops pushed them back,' the minister said": inside a quotation, "our" forces are the speaker's,
        // whatever side the story named last
        if (a != null && a.sector() != null && !a.code().startsWith("IGO") && a.name().equals(a.name().toLowerCase(java.util.Locale.ROOT))) {
            for (int c : t.children(head, "nmod:poss")) {
                if (!FIRST_PERSON.contains(t.word(c))) continue;
                Actor speaker = speakerAt.apply(t.begin(c));
                if (speaker != null && speaker.country() != null)
                    return new Actor(a.name(), speaker.country(), a.sector(), a.org(), speaker.country() + a.sector());
            }
        }
        if (a == null || a.country() != null || a.sector() == null || a.code().startsWith("IGO")) return a;
        if (namedOnly && (!a.code().startsWith("---") || !namesSomeone(a))) return a;
        String country = contextCountry.apply(t.sentence.index());
        return country == null ? a : new Actor(a.name(), country, a.sector(), a.org(), country + a.sector());
    }

    private Actor namedActor(ParseTree t, int head) {
        if (head < 0) return null;
        if (FIRST_PERSON.contains(t.word(head))) {
            // "We killed 50 soldiers," the spokesman said: inside a quotation, "we" is its speaker
            Actor speaker = speakerAt.apply(t.begin(head));
            if (speaker != null) return speaker;
        }
        if (PRONOUNS.contains(t.word(head))) {
            // "The army said ... He added": a personal pronoun stands for a person, never for the army, unless the story
            // names no person before it; "it" never stands for a person
            String w = t.word(head);
            if (PERSONAL.contains(w)) {
                Actor person = antecedentOf(t, head, a -> persons.contains(a.name()));
                return person != null ? person : antecedentOf(t, head, a -> true);
            }
            return antecedentOf(t, head, a -> !IMPERSONAL.contains(w) || !persons.contains(a.name()));
        }
        // relative pronouns stand for the noun their clause modifies
        if (t.pos(head).startsWith("W") || t.word(head).equals("that")) {
            int clause = t.head(head);
            if (clause >= 0 && t.relIs(clause, "acl") && t.head(clause) >= 0) return namedActor(t, t.head(clause));
        }
        List<Integer> span = t.subtree(head, OUTSIDE_PHRASE);
        int sentence = t.sentence.index();
        ActorMention best = null;
        int bestRank = Integer.MAX_VALUE;
        for (ActorMention m : all) {
            if (m.sentenceIndex() != sentence) continue;
            int rank = rank(t, head, span, m);
            if (rank < bestRank) {
                bestRank = rank;
                best = m;
            }
        }
        if (best == null) {
            // "a source close to the group", "people close to the president": they speak for whom they are close to
            for (int c : t.children(head, "amod")) {
                if (!t.lemma(c).equalsIgnoreCase("close")) continue;
                for (int to : t.children(c, "obl", "nmod")) {
                    if (!t.preposition(to).equals("to")) continue;
                    Actor patron = namedActor(t, to);
                    if (patron != null) return patron;
                }
            }
        }
        boolean bareAgent = best == null || (best.actor().country() == null && best.start() == t.begin(head));
        if (bareAgent && GROUP_NOUNS.contains(t.lemma(head).toLowerCase(java.util.Locale.ROOT)) && t.child(head, "det") >= 0
                && t.word(t.child(head, "det")).equalsIgnoreCase("the")) {
            // "the group said in a statement": the armed group the story last named
            Actor group = antecedents.lastArmedGroup(t.sentence.index(), t.begin(head));
            if (group != null) return group;
        }
        if (best == null) {
            // "a letter sent by the Cabinet": the author of a document speaks through it
            for (int c : t.children(head, "acl")) {
                for (int by : t.children(c, "obl")) {
                    if (t.preposition(by).equals("by")) {
                        Actor a = namedActor(t, by);
                        if (a != null) return a;
                    }
                }
            }
        }
        return best == null ? null : best.actor();
    }

    /** 0: covers the head; 1: covers a modifier of the head; 2: elsewhere in the phrase; MAX: outside. */
    private static int rank(ParseTree t, int head, List<Integer> span, ActorMention m) {
        int rank = Integer.MAX_VALUE;
        for (int i : span) {
            if (t.begin(i) < m.start() || t.end(i) > m.end()) continue;
            int r;
            if (i == head) r = 0;
            else if (t.head(i) == head) r = t.relIs(i, "nmod:poss", "amod", "compound", "nmod") ? 1 : 2;
            else r = 3 + Math.min(10, t.ancestors(i).indexOf(head));
            rank = Math.min(rank, r * 1000 + i);
        }
        return rank;
    }

    /** "clashes between A and B ... both sides blamed each other": the latest pair joined by "and" before an offset. */
    List<Actor> pairBefore(int at) {
        return antecedents.pairBefore(at);
    }

    /** The speaker of the quotation holding character offset {@code offset}, or null. */
    Actor speaker(int offset) {
        return speakerAt.apply(offset);
    }

    /** Notes the subject of a sentence's main verb, for the pronouns of the next sentence. */
    void noteMainSubject(ParseTree t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.head(i) != -1 || !t.relIs(i, "root")) continue;
            int subj = t.child(i, "nsubj");
            if (subj < 0) subj = t.child(i, "nsubj:pass");
            Actor a = subj < 0 ? null : actorOf(t, subj);
            if (a != null) mainSubjects.put(t.sentence.index(), a);
        }
    }

    /** "released the mayor of the town": a phrase that names no actor stands for the country of the place it names. */
    Actor placeActor(ParseTree t, int head) {
        List<Integer> span = t.subtree(head, "punct", "parataxis", "ccomp", "advcl", "acl:relcl");
        return placeIn.apply(t.begin(span.get(0)), t.end(span.get(span.size() - 1)));
    }

    private static final Set<String> GROUP_NOUNS = WordLists.bundled().set("GROUP_NOUN");

    /** What a pronoun stands for, among the actors that {@code fits}. */
    private Actor antecedentOf(ParseTree t, int head, java.util.function.Predicate<Actor> fits) {
        // "Hezbollah confirmed the toll, adding that it had attacked": a subject pronoun in a reported clause
        // is the reporter
        if (t.relIs(head, "nsubj")) {
            for (int a : t.ancestors(head)) {
                int subj = t.child(a, "nsubj");
                if (subj >= 0 && subj != head && !PRONOUNS.contains(t.word(subj)) && t.head(head) != a) {
                    Actor reporter = namedActor(t, subj);
                    if (reporter != null && reporter.country() != null && Antecedents.agrees(t.word(head), t.word(subj)) && fits.test(reporter))
                        return reporter;
                }
            }
        }
        // "The Foreign Ministry condemned ... It also claimed ...": a sentence's subject pronoun is the last one's subject
        if (t.relIs(head, "nsubj") && t.sentence.index() > 0) {
            Actor previous = mainSubjects.get(t.sentence.index() - 1);
            if (previous != null && previous.country() != null && fits.test(previous)) return previous;
        }
        return antecedents.latest(t.begin(head), IMPERSONAL.contains(t.word(head)), fits);
    }

}
