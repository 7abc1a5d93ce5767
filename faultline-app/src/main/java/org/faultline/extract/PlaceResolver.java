package org.faultline.extract;

import org.faultline.lexicon.WordLists;
import org.faultline.lexicon.Gazetteer;
import org.faultline.lexicon.GazetteerEntry;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Place;
import org.faultline.model.PlaceMention;
import org.faultline.model.Sentence;
import org.faultline.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the places an article names and resolves each to a gazetteer entry.
 *
 * <p>A mention is a capitalised name the gazetteer knows (the longest that fits) when the tagger calls it a location,
 * when it is a proper noun naming a country, subdivision or hand-written region, or when a place word stands next
 * to it ("the Idlib region", "the village of X", "X, Y and Z districts"); "northern X" names a part of country X.
 * Among the candidates of a name, the resolver prefers the country the text ties it to ("the X region of Y",
 * "Y's X", "X, Y"), countries named in the document or passed by the caller, places near those already resolved,
 * the kind of place the neighbouring word asks for, and then the bigger place. One name resolves to one place
 * throughout a document.
 */
public final class PlaceResolver {
    private static final int MAX_WORDS = 6;
    private static final double NEAR_KM = 300;

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        if (gazetteer == null) throw new IllegalArgumentException("gazetteer must not be null");
        this.gazetteer = gazetteer;
    }

    /**
     * Every place mention of the article, in text order.
     *
     * @param contextCountries ISO3 codes of countries the caller knows the article is about (may be empty)
     */
    public List<PlaceMention> resolve(AnnotatedArticle article, Set<String> contextCountries) {
        return resolve(article, contextCountries, token -> null);
    }

    /**
     * As {@link #resolve(AnnotatedArticle, Set)}, where {@code peopleOf} gives the country a single word names as a
     * people or a state ("Chadian", "Canadian"), or null: such a word is no town of another country.
     */
    public List<PlaceMention> resolve(AnnotatedArticle article, Set<String> contextCountries,
                                      java.util.function.Function<Token, String> peopleOf) {
        if (article == null) throw new IllegalArgumentException("article must not be null");
        Set<String> context = contextCountries == null ? Set.of() : contextCountries;
        List<PlaceFound> found = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            for (PlaceFound f : scan(s)) {
                String people = f.to - f.from == 1 ? peopleOf.apply(s.tokens().get(f.from)) : null;
                if (people != null && f.candidates.stream().noneMatch(c -> people.equals(c.country()))) continue;
                found.add(f);
            }
        }
        linkHints(article, found);
        Set<String> documentCountries = new HashSet<>(context);
        Map<GazetteerEntry, PlaceFound> anchors = new java.util.IdentityHashMap<>();
        for (PlaceFound f : found) {
            // a compass word alone ("Western") or a name matched by its consonants names no country by itself
            if (f.bySpelling || PlaceWords.direction(f.name)) continue;
            Set<String> countries = new HashSet<>();
            for (GazetteerEntry c : f.candidates) countries.add(c.country());
            if (f.candidates.get(0).feature().equals("country")) documentCountries.add(f.candidates.get(0).country());
            else if (countries.size() == 1 && f.candidates.get(0).country() != null) {
                documentCountries.add(f.candidates.get(0).country());
                anchors.putIfAbsent(f.candidates.get(0), f);
            }
        }
        // score every mention, then give each name the best-supported reading across its mentions
        Map<String, GazetteerEntry> chosen = new HashMap<>();
        Map<String, Double> chosenScore = new HashMap<>();
        for (PlaceFound f : found) {
            GazetteerEntry best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int rank = 0; rank < f.candidates.size(); rank++) {
                GazetteerEntry c = f.candidates.get(rank);
                double s = score(f, c, rank, context, documentCountries, anchors);
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            if (best == null) continue;
            String key = Gazetteer.fold(f.name);
            if (!chosen.containsKey(key) || bestScore > chosenScore.get(key)) {
                chosen.put(key, best);
                chosenScore.put(key, bestScore);
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceFound f : found) {
            GazetteerEntry e = chosen.get(Gazetteer.fold(f.name));
            if (e == null) continue;
            if (!acceptable(f, e, documentCountries)) continue;
            List<String> aliases = new ArrayList<>(new LinkedHashSet<>(e.aliases()));
            Place p = new Place(f.name, e.name(), e.country(), e.admin1(), e.lat(), e.lon(), e.feature(),
                    e.precision(), aliases);
            out.add(new PlaceMention(p, f.name, f.start, f.end, f.sentence));
        }
        return out;
    }

    /** A bare town name with nothing tying it to the document must be a sizeable town. */
    private static boolean acceptable(PlaceFound f, GazetteerEntry e, Set<String> documentCountries) {
        // a village the gazetteer lacks is no Slovenian municipality: a name matched only by its consonants must be in a country the text names
        if (f.bySpelling) return e.country() != null && documentCountries.contains(e.country());
        // "the Western Theater command", "Northern forces": a region named by a compass word alone must lie in a
        // country the text names otherwise
        if (PlaceWords.direction(f.name)) return e.country() != null && documentCountries.contains(e.country());
        if (!e.feature().equals("city")) return true;
        if (f.placeWord != null || (f.hintCountry != null && f.hintCountry.equals(e.country()))) return true;
        if (e.country() != null && documentCountries.contains(e.country())) return true;
        if (e.population() == 0) return true; // a hand-written town
        return f.location ? e.population() >= 5000 : e.population() >= 100_000;
    }

    private double score(PlaceFound f, GazetteerEntry c, int rank, Set<String> context, Set<String> documentCountries,
                         Map<GazetteerEntry, PlaceFound> anchors) {
        double s = -rank * 0.5; // the gazetteer's own order: hand-written, country, subdivision, population
        if (gazetteer.curated(c)) s += 8;
        if (f.hintCountry != null && f.hintCountry.equals(c.country())) s += 100;
        if (c.country() != null && context.contains(c.country())) s += 25;
        else if (c.country() != null && documentCountries.contains(c.country())) s += 20;
        if (!c.feature().equals("country")) {
            for (Map.Entry<GazetteerEntry, PlaceFound> anchor : anchors.entrySet()) {
                GazetteerEntry a = anchor.getKey();
                if (anchor.getValue() == f || Gazetteer.fold(anchor.getValue().name).equals(Gazetteer.fold(f.name))) continue;
                if (km(a.lat(), a.lon(), c.lat(), c.lon()) < NEAR_KM) {
                    s += 8;
                    break;
                }
            }
        }
        if (f.placeWord != null) {
            boolean fits = switch (f.placeWord) {
                case "admin" -> !c.feature().equals("city") && !c.feature().equals("country");
                case "city" -> c.feature().equals("city");
                default -> !c.feature().equals("country");
            };
            if (fits) s += 15;
        } else if (c.feature().equals("city")) {
            s += 3; // a bare name is the town rather than the subdivision named after it
        }
        if (c.feature().equals("city")) s += Math.log10(1 + c.population()) * 0.5;
        return s;
    }

    // ---- finding mentions

    private List<PlaceFound> scan(Sentence s) {
        List<Token> t = s.tokens();
        List<PlaceFound> out = new ArrayList<>();
        int maxWords = Math.min(MAX_WORDS, gazetteer.maxNameWords());
        for (int i = 0; i < t.size(); ) {
            PlaceFound f = capitalised(t.get(i)) ? match(s, i, maxWords, out) : null;
            // "Eastern Ukraine" is part of Ukraine, though a region elsewhere is called "Eastern"
            boolean directionAlone = f != null && f.to == i + 1;
            if ((f == null || directionAlone) && PlaceWords.direction(t.get(i).text()) && i + 1 < t.size() && capitalised(t.get(i + 1))
                    && match(s, i + 1, maxWords, out) != null) {
                f = null;
                PlaceFound whole = match(s, i + 1, maxWords, out);
                if (whole != null) {
                    GazetteerEntry w = whole.candidates.get(0);
                    var part = (w.feature().equals("country") || w.feature().equals("admin"))
                            ? gazetteer.part(w, t.get(i).text()) : java.util.Optional.<GazetteerEntry>empty();
                    if (part.isPresent()) {
                        String text = s.text().substring(t.get(i).begin() - s.begin(), t.get(whole.to - 1).end() - s.begin());
                        f = new PlaceFound(s.index(), i, whole.to, text, t.get(i).begin(), t.get(whole.to - 1).end(),
                                List.of(part.get()), null, true);
                    } else {
                        f = whole;
                    }
                }
            }
            if (f == null) {
                i++;
                continue;
            }
            out.add(f);
            i = f.to;
        }
        return out;
    }

    private PlaceFound match(Sentence s, int from, int maxWords, List<PlaceFound> before) {
        List<Token> t = s.tokens();
        for (int n = Math.min(maxWords, t.size() - from); n >= 1; n--) {
            int to = from + n;
            Token last = t.get(to - 1);
            if (n > 1 && !capitalised(last) && PlaceWords.kind(last.text()) == null && !last.text().contains("-")) continue;
            if (!isNameToken(last)) continue;
            String text = span(s, from, to);
            List<GazetteerEntry> hits = gazetteer.lookup(text);
            boolean bySpelling = false;
            // "the Zaporozhye and Kharkov regions": a subdivision written in another transliteration
            if (hits.isEmpty() && n <= 2 && capitalised(t.get(from))
                    && ("admin".equals(neighbouringPlaceWord(t, from, to)) || "admin".equals(listPlaceWord(t, to)))) {
                hits = gazetteer.lookupSpelling(text);
                bySpelling = !hits.isEmpty();
            }
            if (hits.isEmpty()) continue;
            boolean location = false, person = false, organisation = false, proper = true;
            for (int k = from; k < to; k++) {
                String ner = t.get(k).ner();
                location |= ner.equals("LOCATION");
                person |= ner.equals("PERSON");
                organisation |= ner.equals("ORGANIZATION");
                if (capitalised(t.get(k)) && !t.get(k).pos().startsWith("NNP") && !ner.equals("LOCATION")) proper = false;
            }
            // "the Idlib region": keep the name, let the place word guide the choice
            String placeWord = null;
            int nameTo = to;
            if (n > 1 && PlaceWords.kind(last.text()) != null && !gazetteer.lookup(span(s, from, to - 1)).isEmpty()
                    && PlaceWords.kind(last.text()).equals("admin") && !PlaceWords.direction(span(s, from, to - 1))) {
                placeWord = "admin";
                nameTo = to - 1;
                List<GazetteerEntry> merged = new ArrayList<>(hits);
                for (GazetteerEntry e : gazetteer.lookup(span(s, from, nameTo))) if (!merged.contains(e)) merged.add(e);
                hits = merged;
            }
            if (placeWord == null && n > 1 && !capitalised(last)) placeWord = PlaceWords.kind(last.text());
            if (placeWord == null) placeWord = neighbouringPlaceWord(t, from, to);
            if (placeWord == null) placeWord = listPlaceWord(t, to);
            boolean strong = false, curated = false;
            for (GazetteerEntry e : hits) {
                if (!e.feature().equals("city")) strong = true;
                curated |= gazetteer.curated(e);
            }
            if (n == 1 && placeWord == null && PlaceWords.commonWord(last.text())) continue;
            if (n > 1 && PlaceWords.article(t.get(from).text()) && !t.get(from + 1).ner().equals("LOCATION")) continue;
            // "Somali territory", "Armenian positions" are adjectives; "Somali Region", a capitalised name, is a place
            boolean namedRegion = "admin".equals(placeWord) && to < t.size() && capitalised(t.get(to));
            if (n == 1 && !namedRegion && demonym(last.text(), hits)) continue;
            if (person && placeWord == null && !location && !(curated && locative(t, from, before))) continue;
            if (!proper && !location && placeWord == null) continue;
            if (organisation && !location && placeWord == null && !hits.get(0).feature().equals("country")) continue;
            if (!location && placeWord == null && !strong && n == 1 && from == 0 && !t.get(from).pos().startsWith("NNP"))
                continue;
            String name = span(s, from, nameTo);
            PlaceFound f = new PlaceFound(s.index(), from, to, name, t.get(from).begin(), t.get(nameTo - 1).end(), hits,
                    placeWord, location);
            f.bySpelling = bySpelling;
            return f;
        }
        return null;
    }

    /** "Tavush, Gegharkunik and Syunik provinces": names joined by commas and "and" before a plural place word. */
    private static String listPlaceWord(List<Token> t, int to) {
        boolean joined = false;
        for (int j = to; j < t.size() && j < to + 15; j++) {
            String w = t.get(j).text();
            if (w.equals(",") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("or")) {
                joined = true;
                continue;
            }
            if (capitalised(t.get(j))) continue;
            return joined && PlaceWords.plural(w) ? PlaceWords.kind(w) : null;
        }
        return null;
    }

    /** "in X", "near X", or "Y and X" after a place Y: a spot where a name is a place, not a person. */
    private static boolean locative(List<Token> t, int from, List<PlaceFound> before) {
        if (from == 0) return false;
        String prev = t.get(from - 1).text().toLowerCase(java.util.Locale.ROOT);
        if (WordLists.bundled().contains("LOCATIVE_PREPOSITION", prev)) return true;
        if (!prev.equals("and") && !prev.equals("or") && !prev.equals(",")) return false;
        return !before.isEmpty() && before.get(before.size() - 1).to == from - 1;
    }

    /** "Somali", "Armenian", "Yemeni": an adjective of a country name the gazetteer holds, when it is no country itself. */
    private boolean demonym(String word, List<GazetteerEntry> hits) {
        for (GazetteerEntry e : hits) if (e.feature().equals("country")) return false;
        String w = Gazetteer.fold(word);
        if (w.length() < 4) return false;
        List<String> stems = new ArrayList<>(List.of(w + "a", w + "ia"));
        if (w.endsWith("n")) stems.add(w.substring(0, w.length() - 1));
        if (w.endsWith("i")) stems.add(w.substring(0, w.length() - 1));
        if (w.endsWith("ian")) stems.add(w.substring(0, w.length() - 3) + "e");
        if (w.endsWith("ese")) {
            stems.add(w.substring(0, w.length() - 3) + "a");
            stems.add(w.substring(0, w.length() - 3) + "on");
        }
        for (String stem : stems)
            for (GazetteerEntry e : gazetteer.lookup(stem)) if (e.feature().equals("country")) return true;
        return false;
    }

    private static String neighbouringPlaceWord(List<Token> t, int from, int to) {
        if (to < t.size()) {
            String k = PlaceWords.kind(t.get(to).text());
            if (k != null && !capitalised(t.get(to))) return k;
        }
        // "the village of X", "the city of X"
        if (from >= 2 && t.get(from - 1).text().equalsIgnoreCase("of")) {
            String k = PlaceWords.kind(t.get(from - 2).text());
            if (k != null && !k.equals("other")) return k;
        }
        return null;
    }

    /** Ties names to a country ("X region of Y", "Y's X", "X, Y") and spreads a plural place word over its list. */
    private void linkHints(AnnotatedArticle article, List<PlaceFound> found) {
        for (int k = 0; k < found.size(); k++) {
            PlaceFound f = found.get(k);
            List<Token> t = article.sentences().get(f.sentence).tokens();
            // after: [place word] of Y | , Y
            int j = f.to;
            if (j < t.size() && PlaceWords.kind(t.get(j).text()) != null && !capitalised(t.get(j))) j++;
            if (k + 1 < found.size() && found.get(k + 1).sentence == f.sentence) {
                PlaceFound next = found.get(k + 1);
                boolean linked = next.from == j + 1 && (t.get(j).text().equals("of") || t.get(j).text().equals(","));
                if (linked && next.candidates.get(0).feature().equals("country")) f.hintCountry = next.candidates.get(0).country();
            }
            // before: Y's X
            if (k > 0 && found.get(k - 1).sentence == f.sentence && f.from >= 1) {
                PlaceFound prev = found.get(k - 1);
                String between = f.from - 1 >= 0 ? t.get(f.from - 1).text() : "";
                if (prev.to == f.from - 1 && (between.equals("'s") || between.equals("\u2019s"))
                        && prev.candidates.get(0).feature().equals("country") && f.hintCountry == null)
                    f.hintCountry = prev.candidates.get(0).country();
            }
        }
        // "the Tavush, Gegharkunik and Syunik provinces": the plural word after the last name speaks for all of them
        for (int k = found.size() - 1; k > 0; k--) {
            PlaceFound last = found.get(k);
            if (last.placeWord == null) continue;
            List<Token> t = article.sentences().get(last.sentence).tokens();
            int after = last.to;
            boolean plural = after < t.size() && PlaceWords.plural(t.get(after).text())
                    || last.to > 0 && PlaceWords.plural(t.get(last.to - 1).text());
            if (!plural) continue;
            int m = k - 1;
            PlaceFound right = last;
            while (m >= 0) {
                PlaceFound left = found.get(m);
                if (left.sentence != last.sentence) break;
                boolean joined = true;
                for (int x = left.to; x < right.from; x++) {
                    String w = t.get(x).text();
                    if (!w.equals(",") && !w.equalsIgnoreCase("and") && !w.equalsIgnoreCase("or")) joined = false;
                }
                if (!joined || right.from - left.to > 2 || right.from == left.to) break;
                left.placeWord = last.placeWord;
                if (left.hintCountry == null) left.hintCountry = last.hintCountry;
                right = left;
                m--;
            }
        }
    }

    private static String span(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        return s.text().substring(t.get(from).begin() - s.begin(), t.get(to - 1).end() - s.begin());
    }

    private static boolean capitalised(Token t) {
        String x = t.text();
        return !x.isEmpty() && Character.isUpperCase(x.codePointAt(0));
    }

    private static boolean isNameToken(Token t) {
        String x = t.text();
        return !x.isEmpty() && Character.isLetter(x.codePointAt(0));
    }

    static double km(double aLat, double aLon, double bLat, double bLon) {
        double r = Math.PI / 180, dLat = (bLat - aLat) * r, dLon = (bLon - aLon) * r;
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    /** One name found in the text and what may be meant by it. */
    private static final class PlaceFound {
        final int sentence, from, to, start, end;
        final String name;
        final List<GazetteerEntry> candidates;
        final boolean location;
        String placeWord;
        String hintCountry;
        /** Found by the loose transliteration key, which must agree with a country the document names otherwise. */
        boolean bySpelling;

        PlaceFound(int sentence, int from, int to, String name, int start, int end, List<GazetteerEntry> candidates,
                   String placeWord, boolean location) {
            this.sentence = sentence;
            this.from = from;
            this.to = to;
            this.name = name;
            this.start = start;
            this.end = end;
            this.candidates = candidates;
            this.placeWord = placeWord;
            this.location = location;
        }
    }
}
