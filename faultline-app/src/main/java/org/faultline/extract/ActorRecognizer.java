package org.faultline.extract;

import org.faultline.lexicon.WordLists;
import org.faultline.lexicon.ActorDictionary;
import org.faultline.lexicon.ActorEntry;
import org.faultline.lexicon.ActorKind;
import org.faultline.lexicon.Gazetteer;
import org.faultline.lexicon.PhraseMatch;
import org.faultline.model.Actor;
import org.faultline.model.Dependency;
import org.faultline.model.ActorMention;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Sentence;
import org.faultline.model.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds actors with the dictionaries: countries, demonyms, capitals as metonyms, organisations, groups, people
 * and sector nouns, and composes them the way news text does: "Kenya's Ministry of Defence" (country +
 * agent), "the Nigerian defence ministry" (adjective + agent), "Georgian analyst Nino Beridze"
 * (adjective + agent + name), "the Ministry of Defence of Mali" (agent + of + country). A bare agent
 * ("the Ministry", "its soldiers") takes the country of the latest actor of the same sector, or of the
 * possessor's antecedent.
 */
final class ActorRecognizer {
    /** Nouns that after a demonym stand for the country's side as a whole ("the Armenian side"). */
    private static final Set<String> SIDE_WORDS = WordLists.bundled().set("SIDE_NOUN");
    /** Tokens allowed between a country word and the agent it qualifies. */
    private static final Set<String> GAP_TAGS = Set.of("POS", "JJ", "VBN", "HYPH", "NN", "NNP", "NNS", "DT");

    private final ActorDictionary dictionary;
    private final Gazetteer gazetteer;

    ActorRecognizer(ActorDictionary dictionary, Gazetteer gazetteer) {
        this.dictionary = dictionary;
        this.gazetteer = gazetteer;
    }

    private record Piece(ActorEntry entry, int from, int to, String personName) {
        ActorKind kind() {
            return entry == null ? ActorKind.PERSON : entry.kind();
        }

        boolean countryLike() {
            ActorKind k = kind();
            return entry != null && (k == ActorKind.COUNTRY || k == ActorKind.ADJECTIVE || k == ActorKind.CAPITAL
                    || ((k == ActorKind.GROUP || k == ActorKind.ORGANIZATION) && entry.country() != null));
        }
    }

    List<ActorMention> find(AnnotatedArticle article) {
        LocalDate when = article.article().published();
        List<ActorMention> out = new ArrayList<>();
        Map<String, Actor> byNameWord = new HashMap<>();
        Map<String, Actor> abbreviations = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Piece> pieces = pieces(s, when);
            List<ActorMention> here = compose(s, pieces, article.article().text(), out, byNameWord);
            here = abbreviated(s, here, abbreviations, article.article().text());
            here = nameTails(here, article.article().text());
            here = affiliated(s, here);
            out.addAll(here);
        }
        return out;
    }

    /**
     * "Kenya's Defence Forces (KDF) ... the KDF said": an abbreviation the article defines in parentheses right after
     * a name, and that no dictionary knows as a body (it may know the letters as a town), stands for that actor wherever
     * it recurs.
     */
    private static List<ActorMention> abbreviated(Sentence s, List<ActorMention> here, Map<String, Actor> abbreviations, String text) {
        List<Token> toks = s.tokens();
        List<ActorMention> out = new ArrayList<>(here);
        for (Token t : toks) {
            Actor known = abbreviations.get(t.text());
            if (known == null) continue;
            int covering = -1;
            for (int k = 0; k < out.size(); k++) if (out.get(k).start() <= t.begin() && t.end() <= out.get(k).end()) covering = k;
            ActorMention m = new ActorMention(known, t.text(), t.begin(), t.end(), s.index());
            if (covering < 0) out.add(m);
            else if (out.get(covering).start() == t.begin() && out.get(covering).end() == t.end() && !body(out.get(covering).actor())) out.set(covering, m);
        }
        out.sort(java.util.Comparator.comparingInt(ActorMention::start));
        for (ActorMention m : out) {
            int k = 0;
            while (k < toks.size() && toks.get(k).begin() < m.end()) k++;
            if (k + 2 >= toks.size() || !opening(toks.get(k)) || !closing(toks.get(k + 2))) continue;
            String letters = toks.get(k + 1).text();
            // letters the dictionaries know keep their entry: the name before them may be the one misread
            boolean known = false;
            for (ActorMention o : out) known |= o.start() <= toks.get(k + 1).begin() && toks.get(k + 1).end() <= o.end() && body(o.actor());
            if (!known && abbreviation(letters) && !abbreviations.containsKey(letters) && (m.actor().country() != null || !m.actor().code().startsWith("---")))
                abbreviations.put(letters, m.actor().withName(letters));
        }
        return out;
    }

    /**
     * "President Jane Roe Smith", where the dictionary knows "Jane Roe" and the tagger the rest: a name that follows a
     * placed person's name with only a space between is more of the same name.
     */
    private static List<ActorMention> nameTails(List<ActorMention> here, String text) {
        List<ActorMention> out = new ArrayList<>(here);
        for (int k = 1; k < out.size(); k++) {
            ActorMention prev = out.get(k - 1), cur = out.get(k);
            boolean orphan = cur.actor().country() == null && cur.actor().code().startsWith("---") && cur.actor().sector() == null;
            boolean adjacent = cur.start() == prev.end() + 1 && text.charAt(prev.end()) == ' ';
            // a placed person: a name of two words or more with a role (not a town or country the letters also spell)
            boolean personBefore = prev.actor().country() != null && prev.actor().sector() != null && prev.actor().org() == null
                    && prev.actor().name().trim().contains(" ");
            if (orphan && adjacent && personBefore && Character.isUpperCase(cur.text().charAt(0)) && !cur.text().contains(" "))
                out.set(k, new ActorMention(prev.actor(), cur.text(), cur.start(), cur.end(), cur.sentenceIndex()));
        }
        return out;
    }

    /**
     * "Major Ivo Marek, a spokesman for the Northern Command of the Ruritanian army, said": a person no dictionary
     * places speaks for the first placed body named in the apposition to his name, and takes its country (keeping his
     * own sector if his title gave one).
     */
    private static List<ActorMention> affiliated(Sentence s, List<ActorMention> here) {
        if (!s.parsed()) return here;
        List<ActorMention> out = new ArrayList<>(here);
        List<Token> toks = s.tokens();
        for (int k = 0; k < out.size(); k++) {
            ActorMention m = out.get(k);
            if (m.actor().country() != null || !m.actor().code().startsWith("---")) continue;
            for (Dependency d : s.dependencies()) {
                if (!d.relation().equals("appos") || d.governor() < 0) continue;
                Token head = toks.get(d.governor());
                if (head.begin() < m.start() || head.end() > m.end()) continue;
                // the apposition without the clauses that say more of its noun
                Set<Integer> span = s.subtree(d.dependent(), rel -> !rel.startsWith("acl"));
                ActorMention body = null;
                for (ActorMention o : out) {
                    if (o == m || o.actor().country() == null || !body(o.actor())) continue;
                    boolean inside = false;
                    for (int i : span) inside |= toks.get(i).begin() <= o.start() && o.start() < toks.get(i).end();
                    if (inside && (body == null || o.start() < body.start())) body = o;
                }
                if (body == null) continue;
                Actor b = body.actor(), a = m.actor();
                String sector = a.sector() != null ? a.sector() : b.sector();
                out.set(k, new ActorMention(new Actor(a.name(), b.country(), sector, b.org(), b.country() + (sector == null ? "" : sector)),
                        m.text(), m.start(), m.end(), m.sentenceIndex()));
                break;
            }
        }
        return out;
    }

    /** An organisation, group or agency, not a bare country or town that happens to share the letters. */
    private static boolean body(Actor a) {
        return a.sector() != null || a.org() != null;
    }

    /** "NSS", "KDF", "SPLA-IO": two to eight capitals, perhaps with a hyphen, none of them a word in lower case. */
    private static boolean abbreviation(String w) {
        return w.length() >= 2 && w.length() <= 8 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')
                && Character.isUpperCase(w.charAt(0));
    }

    private static boolean opening(Token t) {
        return t.text().equals("(") || t.text().equals("-LRB-");
    }

    private static boolean closing(Token t) {
        return t.text().equals(")") || t.text().equals("-RRB-");
    }

    private List<Piece> pieces(Sentence s, LocalDate when) {
        List<Token> toks = s.tokens();
        List<String> words = new ArrayList<>(toks.size());
        List<String> lemmas = new ArrayList<>(toks.size());
        for (Token t : toks) {
            words.add(t.text());
            lemmas.add(t.lemma());
        }
        List<Piece> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Optional<PhraseMatch> m = when == null ? dictionary.longestMatch(words, lemmas, i)
                    : dictionary.longestMatch(words, lemmas, i, when);
            if (m.isEmpty() && afterTitle(toks, i)) {
                // "President macron": the name after a title, written in lower case, is tried with its capital
                List<String> capitalised = new ArrayList<>(words);
                capitalised.set(i, Character.toUpperCase(words.get(i).charAt(0)) + words.get(i).substring(1));
                m = (when == null ? dictionary.longestMatch(capitalised, lemmas, i) : dictionary.longestMatch(capitalised, lemmas, i, when))
                        .filter(found -> found.entry().kind() == ActorKind.PERSON);
            }
            if (m.isPresent() && m.get().length() > 0 && acceptable(toks, i, m.get()) && !tailOfPlaceName(toks, i, m.get())) {
                out.add(new Piece(m.get().entry(), i, i + m.get().length(), null));
                i += m.get().length();
            } else if (toks.get(i).ner().equals("PERSON") && Character.isUpperCase(toks.get(i).text().charAt(0))) {
                int j = i;
                while (j < toks.size() && toks.get(j).ner().equals("PERSON")) j++;
                String name = joined(toks, i, j);
                // the tagger takes some towns for people ("the Idlib region"): a lone word the gazetteer knows is a place
                if (j - i > 1 || gazetteer.lookup(name).isEmpty()) out.add(new Piece(null, i, j, name));
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * "Mocimboa da Praia", "Nueva Guinea": a capital's or country's name that ends a longer place name the gazetteer
     * knows is part of that place, not the country.
     */
    private boolean tailOfPlaceName(List<Token> toks, int i, PhraseMatch m) {
        ActorKind k = m.entry().kind();
        if (k != ActorKind.CAPITAL && k != ActorKind.COUNTRY) return false;
        for (int from = i - 1; from >= Math.max(0, i - 3); from--) {
            String w = toks.get(from).text();
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) return false;
            if (!gazetteer.lookup(joined(toks, from, i + m.length())).isEmpty()) return true;
        }
        return false;
    }

    /** Rejects matches that are plainly not actors in this place (a lower-case common word for a proper name). */
    private static boolean acceptable(List<Token> toks, int i, PhraseMatch m) {
        ActorKind k = m.entry().kind();
        // "military ties", "local residents": a sector word must head a noun phrase, not modify one
        if (k == ActorKind.AGENT) {
            int last = i + m.length() - 1;
            if (!toks.get(last).pos().startsWith("NN")) return false;
            return true;
        }
        Token first = toks.get(i);
        // proper names are written with a capital; "turkey" the bird or "chad" the name are not countries
        if (Character.isUpperCase(first.text().charAt(0)) || Character.isDigit(first.text().charAt(0))
                || ActorDictionary.miscapitalised(first.text())) return true;
        // "al Shabaab", "bin Salman": a name of several words led by a lower-case particle has a capital after it
        for (int w = i + 1; w < i + m.length(); w++) if (Character.isUpperCase(toks.get(w).text().charAt(0))) return true;
        // "President macron": after a capitalised title, a known person's name written in lower case is still the name
        return k == ActorKind.PERSON && afterTitle(toks, i);
    }

    private static boolean afterTitle(List<Token> toks, int i) {
        String w = toks.get(i).text();
        return i > 0 && w.length() > 2 && w.chars().allMatch(Character::isLowerCase)
                && Character.isUpperCase(toks.get(i - 1).text().charAt(0)) && TITLES.contains(toks.get(i - 1).lemma().toLowerCase(Locale.ROOT));
    }

    /** "Rebellious southern Sudanese forces", "separatist Ukrainian fighters": armed men against their own state. */
    private static boolean rebelliousBefore(List<Token> toks, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 2); k--) {
            if (REBELLIOUS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) return true;
            if (!toks.get(k).pos().startsWith("JJ")) return false;
        }
        return false;
    }

    private static final Set<String> REBELLIOUS = WordLists.bundled().set("REBELLIOUS_WORD");
    private static final Set<String> ARMED = Set.of("MIL", "UAF", "GOV");
    private static final Set<String> TITLES = WordLists.bundled().set("PERSON_TITLE");

    private List<ActorMention> compose(Sentence s, List<Piece> pieces, String text, List<ActorMention> before,
                                       Map<String, Actor> byNameWord) {
        List<Token> toks = s.tokens();
        List<ActorMention> out = new ArrayList<>();
        for (int p = 0; p < pieces.size(); p++) {
            Piece cur = pieces.get(p);
            Piece next = p + 1 < pieces.size() ? pieces.get(p + 1) : null;
            Piece third = p + 2 < pieces.size() ? pieces.get(p + 2) : null;
            // "UN troops", "NATO forces": an organisation's agents carry the organisation's code
            if (cur.kind() == ActorKind.ORGANIZATION && cur.entry.country() == null && next != null
                    && next.kind() == ActorKind.AGENT && next.from == cur.to) {
                Actor a = new Actor(span(text, toks, cur.from, next.to), null, next.entry.sector(), cur.entry.org(), cur.entry.code());
                out.add(mention(a, toks, cur.from, next.to, s, text));
                p += 1;
                continue;
            }
            if (cur.countryLike() && next != null && next.kind() == ActorKind.AGENT && gapOk(toks, cur.to, next.from)) {
                // "Georgian analyst Nino Beridze": adjective + agent + name; "Nigerien President General X": titles in a row
                int name = p + 2;
                while (name < pieces.size() && pieces.get(name).kind() == ActorKind.AGENT && pieces.get(name).from == pieces.get(name - 1).to) name++;
                Piece named = name < pieces.size() ? pieces.get(name) : null;
                if (named != null && named.kind() == ActorKind.PERSON && named.from == pieces.get(name - 1).to) {
                    Actor a = person(named, cur.entry.country(), next.entry.sector(), toks);
                    out.add(mention(a, toks, cur.from, named.to, s, text));
                    remember(byNameWord, a);
                    p = name;
                    continue;
                }
                String sector = rebelliousBefore(toks, cur.from) && ARMED.contains(next.entry.sector()) ? "REB" : next.entry.sector();
                // "the group's spokesman", "the militia's commander": an armed group's people are the group
                boolean ofGroup = cur.kind() == ActorKind.GROUP && cur.entry.sector() != null;
                if (ofGroup) sector = cur.entry.sector();
                Actor a = new Actor(span(text, toks, cur.from, next.to), cur.entry.country(), sector, cur.entry.org(),
                        ofGroup && cur.entry.code() != null ? cur.entry.code() : code(cur.entry.country(), sector, cur.entry));
                out.add(mention(a, toks, cur.from, next.to, s, text));
                p += 1;
                continue;
            }
            if (cur.kind() == ActorKind.AGENT) {
                // "the secretary general of NATO": the organisation's code
                if (next != null && next.kind() == ActorKind.ORGANIZATION && next.entry.country() == null && ofBetween(toks, cur.to, next.from)) {
                    Actor a = new Actor(span(text, toks, cur.from, next.to), null, next.entry.sector(), next.entry.org(), next.entry.code());
                    out.add(mention(a, toks, cur.from, next.to, s, text));
                    p += 1;
                    continue;
                }
                // "the Ministry of Defense of Azerbaijan", "President of France"
                // "lawmakers in Peru", "a court in Ghana": an agent placed in a country with nothing else naming it
                if (next != null && next.countryLike() && (ofBetween(toks, cur.to, next.from) || inBetween(toks, cur.to, next.from))) {
                    Actor a = new Actor(span(text, toks, cur.from, next.to), next.entry.country(), cur.entry.sector(),
                            null, code(next.entry.country(), cur.entry.sector(), null));
                    out.add(mention(a, toks, cur.from, next.to, s, text));
                    p += 1;
                    continue;
                }
                // "President Michel Suleiman", "analyst Jane Doe"
                if (next != null && next.kind() == ActorKind.PERSON && next.from == cur.to) {
                    // a person the dictionary knows keeps their own country and role ("President macron")
                    Actor a = next.entry != null
                            ? new Actor(span(text, toks, cur.from, next.to), next.entry.country(), next.entry.sector(), next.entry.org(), next.entry.code())
                            : person(next, contextCountry(toks, cur.from, out, before), cur.entry.sector(), toks);
                    out.add(mention(a, toks, cur.from, next.to, s, text));
                    remember(byNameWord, a);
                    p += 1;
                    continue;
                }
                String country = contextCountry(toks, cur.from, out, before, cur.entry.sector(), toks.get(cur.to - 1).lemma());
                Actor a = new Actor(span(text, toks, cur.from, cur.to), country, cur.entry.sector(), null,
                        code(country, cur.entry.sector(), null));
                out.add(mention(a, toks, cur.from, cur.to, s, text));
                continue;
            }
            if (cur.kind() == ActorKind.PERSON && cur.entry == null) {
                Actor known = byNameWord.get(lastWord(cur.personName));
                Actor a = known != null ? known.withName(cur.personName) : person(cur, null, null, toks);
                out.add(mention(a, toks, cur.from, cur.to, s, text));
                remember(byNameWord, a);
                continue;
            }
            if (cur.kind() == ActorKind.ADJECTIVE) {
                // "the Armenians", "the Armenian side"; a bare adjective ("Israeli strike", "Azerbaijani positions")
                // stands for its country too: the coder decides whether the phrase it modifies is an actor
                boolean side = cur.to < toks.size() && SIDE_WORDS.contains(toks.get(cur.to).lemma().toLowerCase(Locale.ROOT));
                int end = side ? cur.to + 1 : cur.to;
                Actor a = new Actor(span(text, toks, cur.from, end), cur.entry.country(), null, null, cur.entry.country());
                out.add(mention(a, toks, cur.from, end, s, text));
                continue;
            }
            ActorEntry e = cur.entry;
            Actor a = new Actor(e.kind() == ActorKind.PERSON ? span(text, toks, cur.from, cur.to) : e.canonical(),
                    e.country(), e.sector(), e.org(), e.code());
            out.add(mention(a, toks, cur.from, cur.to, s, text));
            if (e.kind() == ActorKind.PERSON) remember(byNameWord, a);
        }
        return out;
    }

    private static boolean gapOk(List<Token> toks, int from, int to) {
        if (to - from > 3) return false;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (!GAP_TAGS.contains(t.pos())) return false;
            if (t.text().equals(",") || t.lemma().equals("and")) return false;
        }
        return true;
    }

    private static boolean inBetween(List<Token> toks, int from, int to) {
        return to - from >= 1 && to - from <= 2 && toks.get(from).lemma().equalsIgnoreCase("in")
                && (to - from == 1 || describesPlace(toks.get(from + 1)));
    }

    private static boolean ofBetween(List<Token> toks, int from, int to) {
        if (to - from < 1 || to - from > 3) return false;
        String w = toks.get(from).lemma().toLowerCase(Locale.ROOT);
        // "the army of Sudan", "dissidents from Egypt", "exiles from military-ruled Guinea", "the people of war-torn Syria"
        if (!w.equals("of") && !w.equals("from")) return false;
        for (int k = from + 1; k < to; k++) {
            Token t = toks.get(k);
            if (!(t.pos().equals("DT") && k == from + 1) && !describesPlace(t)) return false;
        }
        return true;
    }

    /** "military-ruled", "war-torn", "neighbouring": a hyphenated or plain adjective before a country's name. */
    private static boolean describesPlace(Token t) {
        return t.pos().equals("JJ") || t.pos().equals("VBN") && t.text().contains("-");
    }

    /** How many mentions back a bare agent's country is looked for, at most. */
    private static final int LOOK_BACK_MENTIONS = 200;

    private String contextCountry(List<Token> toks, int at, List<ActorMention> here, List<ActorMention> before) {
        return contextCountry(toks, at, here, before, null, null);
    }

    /**
     * The country a bare agent belongs to: after "its"/"their", the latest actor in this sentence; after "the",
     * the latest actor of the same sector in the last sentences.
     */
    private String contextCountry(List<Token> toks, int at, List<ActorMention> here, List<ActorMention> before,
                                  String sector, String headLemma) {
        String prev = at > 0 ? toks.get(at - 1).text().toLowerCase(Locale.ROOT) : "";
        if (prev.equals("its") || prev.equals("their")) {
            for (int k = here.size() - 1; k >= 0; k--) if (here.get(k).actor().country() != null) return here.get(k).actor().country();
            if (before.isEmpty()) return null;
            // "Hezbollah fired rockets at Israel. Two of its fighters died ...": "its" is the last sentence's first actor,
            // its subject as a rule, not the last one named
            int last = before.get(before.size() - 1).sentenceIndex();
            for (ActorMention m : before) if (m.sentenceIndex() == last && m.actor().country() != null) return m.actor().country();
            return before.get(before.size() - 1).actor().country();
        }
        if (sector == null || sector.equals("IGO")) return null;
        // the mentions so far, the earlier sentences' then this one's, read back from the latest (not copied: the
        // earlier ones are every mention of the article, and copying them per mention made long articles quadratic)
        int n = before.size() + here.size();
        java.util.function.IntFunction<ActorMention> all = k -> k < before.size() ? before.get(k) : here.get(k - before.size());
        int current = n == 0 ? 0 : all.apply(n - 1).sentenceIndex();
        // the last few sentences hold a few dozen mentions; a run-on "sentence" of thousands is read back only so far
        int floor = Math.max(0, n - LOOK_BACK_MENTIONS);
        // "the Ministry" after "Azerbaijan's Ministry of Defense": the same head word names the same body
        if (headLemma != null) {
            String head = headLemma.toLowerCase(Locale.ROOT);
            for (int k = n - 1; k >= floor; k--) {
                ActorMention m = all.apply(k);
                if (current - m.sentenceIndex() > 4) break;
                if (m.actor().country() != null && m.text().toLowerCase(Locale.ROOT).contains(head)) return m.actor().country();
            }
        }
        for (int k = n - 1; k >= floor; k--) {
            ActorMention m = all.apply(k);
            if (current - m.sentenceIndex() > 2) break;
            if (sector.equals(m.actor().sector()) && m.actor().country() != null) return m.actor().country();
        }
        return null;
    }

    private static Actor person(Piece p, String country, String sector, List<Token> toks) {
        String name = p.personName != null ? p.personName : joined(toks, p.from, p.to);
        return new Actor(name, country, sector, null, code(country, sector, null));
    }

    private static void remember(Map<String, Actor> byNameWord, Actor a) {
        byNameWord.put(lastWord(a.name()), a);
    }

    private static String lastWord(String name) {
        String[] w = name.trim().split("\\s+");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String code(String country, String sector, ActorEntry org) {
        if (org != null && org.country() == null && org.code() != null) return org.code();
        return (country == null ? "---" : country) + (sector == null ? "" : sector);
    }

    private static String joined(List<Token> toks, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) sb.append(' ');
            sb.append(toks.get(i).text());
        }
        return sb.toString();
    }

    private static String span(String text, List<Token> toks, int from, int to) {
        return text.substring(toks.get(from).begin(), toks.get(to - 1).end());
    }

    private static ActorMention mention(Actor a, List<Token> toks, int from, int to, Sentence s, String text) {
        int b = toks.get(from).begin(), e = toks.get(to - 1).end();
        return new ActorMention(a, text.substring(b, e), b, e, s.index());
    }
}
