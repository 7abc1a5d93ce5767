package org.faultline.extract;

import org.faultline.lexicon.WordLists;
import org.faultline.model.ActorMention;
import org.faultline.model.Actor;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Dependency;
import org.faultline.model.Evidence;
import org.faultline.model.Quote;
import org.faultline.model.Sentence;
import org.faultline.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds direct quotations of three or more words and who said them.
 *
 * <p>Shorter quoted phrases ("Transnistria", "whitewashing") are name mentions or scare quotes and are
 * skipped. A quote broken by its attribution (“We will respond,” he said, “without delay.”) gives two quotes
 * with the same speaker. The speaker is the subject of the speech verb that governs the quote (“X said”,
 * “X warned, …”, “…, said X”, “X called on Y to …”, “X accused Y of …”: X), found through the dependency parse
 * when there is one, else the nearest actor before the verb; "he", "she", "they" are the most recent speaker;
 * a quote with no speech verb in its sentence is given to the last speaker named in the sentence before.
 * The actor comes from the {@code actors} mentions; failing that, from PERSON tokens.
 */
final class QuoteFinder {
    static final int MIN_WORDS = 3;

    private static final Set<String> SPEECH = WordLists.bundled().set("QUOTE_SPEECH_VERB");
    private static final Set<String> PRONOUNS = WordLists.bundled().set("SPEAKER_PRONOUN");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");

    /** Every quotation of three or more words, in text order, with ids q1, q2, ... */
    List<Quote> find(AnnotatedArticle a, List<ActorMention> actors) {
        if (a == null) throw new IllegalArgumentException("annotated article must not be null");
        if (actors == null) throw new IllegalArgumentException("actor mentions must not be null");
        String text = a.article().text();
        List<QuoteSpans.Span> spans = QuoteSpans.find(text);
        Context c = new Context(a, text, actors, spans);
        List<Quote> out = new ArrayList<>();
        for (QuoteSpans.Span span : spans) {
            int start = span.start(), end = span.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
            if (start >= end || words(text.substring(start, end)) < MIN_WORDS) continue;
            Actor speaker = c.speaker(span);
            if (speaker != null) c.lastSpeaker = speaker;
            c.lastQuoteSentence = lastSentence(a, span.end());
            out.add(new Quote("q" + (out.size() + 1), speaker, text.substring(start, end), start, end,
                    evidence(a, text, start, end)));
        }
        return out;
    }

    static int words(String s) {
        int n = 0;
        for (String w : s.trim().split("\\s+")) if (w.codePoints().anyMatch(Character::isLetterOrDigit)) n++;
        return n;
    }

    private static int lastSentence(AnnotatedArticle a, int offset) {
        Sentence s = holder(a, Math.max(0, offset - 1));
        return s == null ? -1 : s.index();
    }

    /** The sentence holding {@code offset}, or the last one starting before it. */
    static Sentence holder(AnnotatedArticle a, int offset) {
        Sentence found = null;
        for (Sentence s : a.sentences()) {
            if (s.begin() <= offset) found = s;
            else break;
        }
        return found;
    }

    private static Evidence evidence(AnnotatedArticle a, String text, int start, int end) {
        Sentence first = holder(a, start), last = holder(a, end - 1);
        if (first == null || last == null) return null;
        return new Evidence(first.index(), first.begin(), Math.max(first.end(), last.end()),
                text.substring(first.begin(), Math.max(first.end(), last.end())));
    }

    /** Speaker resolution over one article. */
    private static final class Context {
        final AnnotatedArticle a;
        final String text;
        final List<ActorMention> actors;
        final List<QuoteSpans.Span> spans;
        Actor lastSpeaker;
        int lastQuoteSentence = -10;

        Context(AnnotatedArticle a, String text, List<ActorMention> actors, List<QuoteSpans.Span> spans) {
            this.a = a;
            this.text = text;
            this.actors = actors;
            this.spans = spans;
        }

        Actor speaker(QuoteSpans.Span q) {
            Sentence first = holder(a, q.start()), last = holder(a, Math.max(q.start(), q.end() - 1));
            if (first == null) return lastSpeaker;
            // 1. a speech verb governing the quote, or the nearest one outside quotes in its sentence(s)
            Verb v = governingVerb(first, q);
            if (v == null) v = nearestVerb(first, last, q);
            if (v != null) {
                Actor s = subjectOf(v, q);
                if (s != null) return s;
            }
            // 2. "according to X, “...”"
            Actor according = accordingTo(first, q);
            if (according != null) return according;
            // 3. no speech verb: the last speaker of the sentence before, or the speaker of the quote before
            if (first.index() > 0) {
                Sentence previous = a.sentences().get(first.index() - 1);
                Actor s = lastSpeakerIn(previous);
                if (s != null) return s;
            }
            return lastQuoteSentence >= first.index() - 2 ? lastSpeaker : null;
        }

        private record Verb(Sentence sentence, Token token) {
        }

        private boolean insideQuote(Token t) {
            for (QuoteSpans.Span s : spans) if (t.begin() >= s.open() && t.end() <= s.close()) return true;
            return false;
        }

        /** A speech verb: a verb with a speech lemma, or a noun the parser made a predicate ("analysts ... appeal to"). */
        private static boolean speechVerb(Sentence s, Token t) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("accord") || !SPEECH.contains(lemma)) return false; // "according to" is handled on its own
            if (t.pos().startsWith("VB") || t.pos().isEmpty()) return true;
            for (Dependency d : s.dependencies())
                if (d.governor() == t.index() && d.relation().startsWith("nsubj")) return true;
            return false;
        }

        /** Walks up the parse from the quote's head to the first speech verb outside the quote. */
        private Verb governingVerb(Sentence s, QuoteSpans.Span q) {
            if (!s.parsed()) return null;
            int[] governor = governors(s);
            Integer head = null;
            for (Token t : s.tokens()) {
                if (t.begin() < q.start() || t.end() > q.end()) continue;
                int g = governor[t.index()];
                if (g < 0 || s.tokens().get(g).begin() < q.open() || s.tokens().get(g).end() > q.close()) {
                    head = t.index();
                    break;
                }
            }
            if (head == null) return null;
            int node = governor[head];
            for (int step = 0; step < 6 && node >= 0; step++) {
                Token t = s.tokens().get(node);
                if (!insideQuote(t) && speechVerb(s, t)) return new Verb(s, t);
                node = governor[node];
            }
            // the quote is the root: a speech verb hanging from it ("“…,” he said" parsed as parataxis)
            for (Dependency d : s.dependencies()) {
                if (d.governor() == head) {
                    Token t = s.tokens().get(d.dependent());
                    if (!insideQuote(t) && speechVerb(s, t)) return new Verb(s, t);
                }
            }
            return null;
        }

        /** The speech verb outside quotes nearest the quote, in its first or last sentence. */
        private Verb nearestVerb(Sentence first, Sentence last, QuoteSpans.Span q) {
            Verb best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Sentence s : first == last ? List.of(first) : List.of(first, last)) {
                for (Token t : s.tokens()) {
                    if (insideQuote(t) || !speechVerb(s, t)) continue;
                    int d = t.end() <= q.open() ? q.open() - t.end() : t.begin() >= q.close() ? t.begin() - q.close() : 0;
                    if (d < bestDistance || d == bestDistance && t.begin() >= q.close()) {
                        best = new Verb(s, t);
                        bestDistance = d;
                    }
                }
            }
            return best;
        }

        private static int[] governors(Sentence s) {
            int[] g = new int[s.tokens().size()];
            java.util.Arrays.fill(g, -1);
            for (Dependency d : s.dependencies()) if (d.dependent() < g.length) g[d.dependent()] = d.governor();
            return g;
        }

        /** Who speaks with verb {@code v}: its subject, or a nearby actor when the sentence is not parsed. */
        private Actor subjectOf(Verb v, QuoteSpans.Span q) {
            Sentence s = v.sentence();
            if (s.parsed()) {
                int subject = subjectToken(s, v.token().index());
                if (subject >= 0) return actorForSubject(s, subject);
            }
            return nearbyActor(s, v.token(), q);
        }

        /** The nsubj of the verb, or of the verbs it hangs from (xcomp, advcl, conj: "was quoted as saying"). */
        private static int subjectToken(Sentence s, int verb) {
            int[] governor = governors(s);
            int node = verb;
            for (int step = 0; step < 4 && node >= 0; step++) {
                for (Dependency d : s.dependencies()) {
                    if (d.governor() == node && SUBJECTS.contains(d.relation())
                            && (step > 0 || !d.relation().equals("nsubj:pass"))) return d.dependent();
                }
                if (step == 0 && afterQuoteMark(s, node)) {
                    // "“…,” said the man": the inverted subject is parsed as the object
                    for (Dependency d : s.dependencies())
                        if (d.governor() == node && d.dependent() > node
                                && (d.relation().equals("obj") || d.relation().equals("dep"))) return d.dependent();
                }
                String rel = relationOf(s, node);
                if (rel.startsWith("acl") && !rel.equals("acl:relcl")) return governor[node]; // "groups calling on X to"
                if (!(rel.startsWith("xcomp") || rel.startsWith("advcl") || rel.startsWith("conj")
                        || rel.startsWith("ccomp") || rel.startsWith("parataxis"))) break;
                node = governor[node];
            }
            return -1;
        }

        private static boolean afterQuoteMark(Sentence s, int verb) {
            for (int i = Math.max(0, verb - 3); i < verb; i++) {
                String t = s.tokens().get(i).text();
                if (t.equals("”") || t.equals("\"") || t.equals("’") || t.equals("'")) return true;
            }
            return false;
        }

        private static String relationOf(Sentence s, int token) {
            for (Dependency d : s.dependencies()) if (d.dependent() == token) return d.relation();
            return "";
        }

        private Actor actorForSubject(Sentence s, int subject) {
            Token head = s.tokens().get(subject);
            if (PRONOUNS.contains(head.text().toLowerCase(Locale.ROOT))) return resolvePronoun(s, head);
            ActorMention covering = mentionCovering(head.begin(), head.end());
            if (covering != null) return covering.actor();
            Set<Integer> subtree = s.subtree(subject, rel -> !rel.equals("acl:relcl"));
            int lo = Integer.MAX_VALUE, hi = -1;
            for (int i : subtree) {
                lo = Math.min(lo, s.tokens().get(i).begin());
                hi = Math.max(hi, s.tokens().get(i).end());
            }
            ActorMention nearest = null;
            int best = Integer.MAX_VALUE;
            for (ActorMention m : actors) {
                if (m.start() >= lo && m.end() <= hi) {
                    int d = Math.abs(m.start() - head.begin());
                    if (d < best) {
                        best = d;
                        nearest = m;
                    }
                }
            }
            if (nearest != null) return nearest.actor();
            Actor person = personAround(s, subject, subtree);
            if (person != null) return person;
            return phraseActor(s, subtree);
        }

        private ActorMention mentionCovering(int begin, int end) {
            for (ActorMention m : actors) if (m.start() <= begin && end <= m.end()) return m;
            return null;
        }

        /** PERSON tokens in the subject: the run holding the head, else the first run. */
        private static Actor personAround(Sentence s, int head, Set<Integer> subtree) {
            List<Token> tokens = s.tokens();
            int from = -1;
            if (tokens.get(head).ner().equals("PERSON")) from = head;
            else {
                for (int i = 0; i < tokens.size(); i++) {
                    if (subtree.contains(i) && tokens.get(i).ner().equals("PERSON")) {
                        from = i;
                        break;
                    }
                }
            }
            if (from < 0) return null;
            int b = from, e = from;
            while (b > 0 && tokens.get(b - 1).ner().equals("PERSON")) b--;
            while (e + 1 < tokens.size() && tokens.get(e + 1).ner().equals("PERSON")) e++;
            return personActor(s, b, e);
        }

        private static Actor personActor(Sentence s, int b, int e) {
            List<Token> tokens = s.tokens();
            String name = s.text().substring(tokens.get(b).begin() - s.begin(), tokens.get(e).end() - s.begin());
            return new Actor(name, null, null, null, null);
        }

        /** A subject that names no actor ("the man", "a witness"): the words of its phrase. */
        private Actor phraseActor(Sentence s, Set<Integer> subtree) {
            int lo = Integer.MAX_VALUE, hi = -1;
            for (int i : subtree) {
                Token t = s.tokens().get(i);
                if (insideQuote(t)) continue;
                lo = Math.min(lo, t.begin());
                hi = Math.max(hi, t.end());
            }
            if (hi < 0 || hi - lo > 80) return null;
            String phrase = text.substring(lo, hi).replaceAll("^(?i)(?:the|a|an)\\s+", "").replaceAll("[\\s,;:.—–-]+$", "").strip();
            return phrase.isEmpty() ? null : new Actor(phrase, null, null, null, null);
        }

        /** Without a parse: the actor right after a verb that follows the quote ("…,” said X"), else the nearest before the verb. */
        private Actor nearbyActor(Sentence s, Token verb, QuoteSpans.Span q) {
            List<Token> tokens = s.tokens();
            if (verb.begin() >= q.close()) {
                // "“…,” X said": between the quote and the verb; "“…,” said X": right after the verb
                Actor between = firstActorIn(s, q.close(), verb.begin(), true);
                if (between != null) return between;
                Actor after = firstActorIn(s, verb.end(), Math.min(s.end(), verb.end() + 80), false);
                if (after != null) return after;
            }
            int from = s.begin();
            for (QuoteSpans.Span other : spans) if (other.close() <= verb.begin() && other.close() > from) from = other.close();
            return lastActorIn(s, from, verb.begin());
        }

        private Actor firstActorIn(Sentence s, int from, int to, boolean last) {
            return last ? lastActorIn(s, from, to) : scan(s, from, to, false);
        }

        private Actor lastActorIn(Sentence s, int from, int to) {
            return scan(s, from, to, true);
        }

        /** The first (or last) actor mention, pronoun or PERSON run in [from, to) of the sentence, outside quotes. */
        private Actor scan(Sentence s, int from, int to, boolean last) {
            Actor found = null;
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.begin() < from || t.end() > to || insideQuote(t)) continue;
                Actor here = null;
                ActorMention m = mentionCovering(t.begin(), t.end());
                if (m != null) {
                    here = m.actor();
                    while (i + 1 < tokens.size() && tokens.get(i + 1).end() <= m.end()) i++;
                } else if (t.ner().equals("PERSON")) {
                    int e = i;
                    while (e + 1 < tokens.size() && tokens.get(e + 1).ner().equals("PERSON")) e++;
                    here = personActor(s, i, e);
                    i = e;
                } else if (WordLists.bundled().contains("THIRD_PERSON_SUBJECT", t.text())) {
                    here = resolvePronoun(s, t);
                }
                if (here != null) {
                    if (!last) return here;
                    found = here;
                }
            }
            return found;
        }

        /** "he", "she", "they": the most recent speaker before, in this or the three sentences before. */
        private Actor resolvePronoun(Sentence s, Token pronoun) {
            for (int k = s.index() - 1; k >= Math.max(0, s.index() - 3); k--) {
                Actor found = lastSpeakerIn(a.sentences().get(k));
                if (found != null) return found;
            }
            if (lastSpeaker != null) return lastSpeaker;
            for (int k = s.index(); k >= Math.max(0, s.index() - 2); k--) {
                Sentence t = a.sentences().get(k);
                Actor found = lastActorIn(t, t.begin(), k == s.index() ? pronoun.begin() : t.end());
                if (found != null) return found;
            }
            return null;
        }

        /** The subject of the last speech verb in the sentence (outside quotes), unless it is a pronoun. */
        private Actor lastSpeakerIn(Sentence s) {
            Actor found = null;
            for (Token t : s.tokens()) {
                if (insideQuote(t) || !speechVerb(s, t)) continue;
                Actor here = null;
                if (s.parsed()) {
                    int subject = subjectToken(s, t.index());
                    if (subject >= 0 && !PRONOUNS.contains(s.tokens().get(subject).text().toLowerCase(Locale.ROOT)))
                        here = actorForSubject(s, subject);
                } else {
                    here = lastActorIn(s, s.begin(), t.begin());
                }
                if (here != null) found = here;
            }
            return found;
        }

        /** "According to X, “...”": the actor named after "according to". */
        private Actor accordingTo(Sentence s, QuoteSpans.Span q) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).text().equalsIgnoreCase("according") && tokens.get(i + 1).text().equalsIgnoreCase("to")
                        && !insideQuote(tokens.get(i))) {
                    Actor found = scan(s, tokens.get(i + 1).end(), Math.min(s.end(), tokens.get(i + 1).end() + 80), false);
                    if (found != null) return found;
                }
            }
            return null;
        }
    }
}
