package org.faultline.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * World actors (countries, their adjectives and capitals, international organisations, armed groups and national
 * bodies, people in dated roles, and sector nouns) and a longest-phrase matcher over token sequences.
 *
 * <p>The bundled files are {@code countries.txt}, {@code organizations.txt}, {@code groups.txt}, {@code people.txt}
 * and {@code agents.txt} under {@code org/faultline/lexicon/actors/}; their formats are described in each file's
 * header. Immutable and thread-safe.
 */
public final class ActorDictionary {
    /** The bundled file names, in load order. */
    static final List<String> BUNDLED_FILES =
            List.of("countries.txt", "organizations.txt", "groups.txt", "people.txt", "agents.txt");
    private static final String RESOURCE_DIR = "/org/faultline/lexicon/" + Lexicon.LANGUAGE + "/actors/";
    private static final Bundled<ActorDictionary> BUNDLED = new Bundled<>(ActorDictionary::loadBundled);

    /** An entry under one alias, with the layer it came from ({@link #plus} puts the other dictionary on top). */
    record Candidate(ActorEntry entry, int layer, int order) {}

    private final List<Candidate> candidates;              // every (entry, alias) pairing, in load order
    private final List<ActorAlias> candidateAliases;       // parallel to candidates
    private final Map<ActorAlias, List<Candidate>> byAlias;
    private final Map<String, List<ActorAlias>> byFirstPart;
    private final List<Candidate> entries;                 // distinct entries, top layer first, then load order
    private final int maxParts;

    private ActorDictionary(List<Candidate> candidates, List<ActorAlias> aliases) {
        this.candidates = List.copyOf(candidates);
        this.candidateAliases = List.copyOf(aliases);
        Map<ActorAlias, List<Candidate>> alias = new LinkedHashMap<>();
        Map<String, List<ActorAlias>> first = new HashMap<>();
        Set<ActorEntry> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Candidate> distinct = new ArrayList<>();
        int max = 1;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            ActorAlias a = aliases.get(i);
            List<Candidate> list = alias.get(a);
            if (list == null) {
                list = new ArrayList<>(2);
                alias.put(a, list);
                first.computeIfAbsent(a.parts().get(0), k -> new ArrayList<>(2)).add(a);
                max = Math.max(max, a.parts().size());
            }
            list.add(c);
            if (seen.add(c.entry())) distinct.add(c);
        }
        distinct.sort(Comparator.comparingInt((Candidate c) -> -c.layer()).thenComparingInt(Candidate::order));
        this.byAlias = alias;
        this.byFirstPart = first;
        this.entries = distinct;
        this.maxParts = max;
    }

    /** Collects (alias, entry) pairs for the readers of the two file formats. */
    static final class Builder {
        private final List<Candidate> candidates = new ArrayList<>();
        private final List<ActorAlias> aliases = new ArrayList<>();
        private final Map<ActorEntry, Integer> orders = new java.util.IdentityHashMap<>();

        void add(ActorEntry entry, ActorAlias alias) {
            Integer order = orders.computeIfAbsent(entry, e -> orders.size());
            candidates.add(new Candidate(entry, 0, order));
            aliases.add(alias);
        }

        ActorDictionary build() {
            return new ActorDictionary(candidates, aliases);
        }
    }

    /** The dictionaries shipped in the jar, loaded once per process. */
    public static ActorDictionary bundled() {
        return BUNDLED.get();
    }

    private static ActorDictionary loadBundled() {
        Map<String, Reader> files = new LinkedHashMap<>();
        try {
            for (String name : BUNDLED_FILES) {
                InputStream in = ActorDictionary.class.getResourceAsStream(RESOURCE_DIR + name);
                if (in == null) throw new IllegalStateException("bundled actor file " + RESOURCE_DIR + name + " is missing");
                files.put(name, new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return load(files);
        } finally {
            for (Reader r : files.values()) {
                try {
                    r.close();
                } catch (IOException ignored) {
                    // closing a class-path resource
                }
            }
        }
    }

    /**
     * Reads dictionaries in faultline's own format. Each key is a file name whose last part tells its format:
     * ending in {@code countries.txt}, {@code organizations.txt}, {@code groups.txt}, {@code people.txt} or
     * {@code agents.txt}. The readers are not closed.
     *
     * @throws IllegalArgumentException for a bad entry, with a message starting {@code file.txt:LINE: }
     * @throws UncheckedIOException     when a reader fails
     */
    public static ActorDictionary load(Map<String, ? extends Reader> filesByName) {
        if (filesByName == null) throw new IllegalArgumentException("map of actor files must not be null");
        Builder builder = new Builder();
        for (Map.Entry<String, ? extends Reader> file : filesByName.entrySet()) {
            if (file.getKey() == null || file.getValue() == null)
                throw new IllegalArgumentException("actor file '" + file.getKey() + "' has no reader");
            ActorFiles.read(file.getKey(), file.getValue(), builder);
        }
        return builder.build();
    }

    /**
     * Reads a TABARI/PETRARCH actor file ({@code PHRASE [CODE]}, {@code +synonym}, date-restricted codes) or agent
     * file ({@code noun {plurals} [~SECTOR]}). Constructs it does not know are skipped.
     *
     * @throws IllegalArgumentException for a malformed line, with a message starting {@code file.txt:LINE: }
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static ActorDictionary fromTabari(Path actorsOrAgentsFile) {
        if (actorsOrAgentsFile == null) throw new IllegalArgumentException("TABARI dictionary path must not be null");
        Builder builder = new Builder();
        TabariActors.read(actorsOrAgentsFile, builder);
        return builder.build();
    }

    /** This dictionary and {@code other}; where both know a name, {@code other}'s entries win. */
    public ActorDictionary plus(ActorDictionary other) {
        if (other == null) throw new IllegalArgumentException("dictionary to add must not be null");
        int shift = candidates.stream().mapToInt(Candidate::layer).max().orElse(-1) + 1;
        int orderShift = candidates.stream().mapToInt(Candidate::order).max().orElse(-1) + 1;
        List<Candidate> all = new ArrayList<>(candidates);
        List<ActorAlias> aliases = new ArrayList<>(candidateAliases);
        for (int i = 0; i < other.candidates.size(); i++) {
            Candidate c = other.candidates.get(i);
            all.add(new Candidate(c.entry(), c.layer() + shift, c.order() + orderShift));
            aliases.add(other.candidateAliases.get(i));
        }
        return new ActorDictionary(all, aliases);
    }

    /** Every entry, those of a later-added dictionary first, then in file order. */
    public List<ActorEntry> entries() {
        return entries.stream().map(Candidate::entry).toList();
    }

    /** The entries of one country (its names, adjectives, capitals, groups, people), in file order. */
    public List<ActorEntry> byCountry(String iso3) {
        String code = checkIso3(iso3);
        return entries.stream().map(Candidate::entry).filter(e -> code.equals(e.country())).toList();
    }

    /** The country entry for an ISO 3166-1 alpha-3 code ("AZE" gives Azerbaijan). */
    public Optional<ActorEntry> country(String iso3) {
        String code = checkIso3(iso3);
        return entries.stream().map(Candidate::entry)
                .filter(e -> e.kind() == ActorKind.COUNTRY && code.equals(e.country())).findFirst();
    }

    /** The names under which {@code entry} is listed, as lower-case space-separated parts. */
    List<String> aliasesOf(ActorEntry entry) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++)
            if (candidates.get(i).entry() == entry) out.add(String.join(" ", candidateAliases.get(i).parts()));
        return out;
    }

    /**
     * The longest dictionary phrase that starts at token {@code from}; a person listed in several dated roles comes
     * back in the most recent one.
     *
     * @param words  the tokens of a sentence
     * @param lemmas their lemmas (same size), or null; agent nouns match on them ("soldiers" is soldier)
     * @param from   index of the first token
     */
    public Optional<PhraseMatch> longestMatch(List<String> words, List<String> lemmas, int from) {
        return match(words, lemmas, from, null);
    }

    /**
     * As {@link #longestMatch(List, List, int)}, but a person comes back in the role in force on {@code when}; if
     * none is, as a member of the country's elite (sector ELI), like CAMEO codes former office holders.
     */
    public Optional<PhraseMatch> longestMatch(List<String> words, List<String> lemmas, int from, LocalDate when) {
        if (when == null) throw new IllegalArgumentException("date must not be null (use the overload without a date)");
        return match(words, lemmas, from, when);
    }

    private Optional<PhraseMatch> match(List<String> words, List<String> lemmas, int from, LocalDate when) {
        if (words == null) throw new IllegalArgumentException("words must not be null");
        if (lemmas != null && lemmas.size() != words.size())
            throw new IllegalArgumentException("lemmas (" + lemmas.size() + ") and words (" + words.size()
                    + ") differ in number");
        if (from < 0 || from >= words.size())
            throw new IllegalArgumentException("start " + from + " is outside the " + words.size() + " words");
        // most tokens begin no name: their first part is looked up before the parts of the tokens after them are made
        List<Unit> first = units(words, lemmas, from, from + 1);
        if (first.isEmpty() || !beginsAName(first.get(0))) return Optional.empty();
        List<Unit> units = units(words, lemmas, from, Math.min(words.size(), from + maxParts));
        if (units.isEmpty()) return Optional.empty();
        Set<ActorAlias> tried = new HashSet<>();
        int bestTokens = 0, bestParts = 0;
        List<ActorAlias> best = new ArrayList<>();
        Unit head = units.get(0);
        for (String key : head.keys()) {
            for (ActorAlias alias : byFirstPart.getOrDefault(key, List.of())) {
                if (!tried.add(alias)) continue;
                int tokens = matchLength(alias, units, from);
                if (tokens == 0) continue;
                int parts = alias.parts().size();
                if (tokens > bestTokens || (tokens == bestTokens && parts > bestParts)) {
                    bestTokens = tokens;
                    bestParts = parts;
                    best.clear();
                }
                if (tokens == bestTokens && parts == bestParts) best.add(alias);
            }
        }
        if (best.isEmpty()) return Optional.empty();
        List<Candidate> pool = new ArrayList<>();
        for (ActorAlias a : best) pool.addAll(byAlias.get(a));
        return Optional.of(new PhraseMatch(choose(pool, when), bestTokens));
    }

    private static final Comparator<Candidate> BY_KIND = Comparator.comparingInt(c -> kindRank(c.entry().kind()));

    private static int kindRank(ActorKind kind) {
        return switch (kind) {
            case PERSON -> 0;
            case GROUP -> 1;
            case ORGANIZATION -> 2;
            case COUNTRY -> 3;
            case CAPITAL -> 4;
            case ADJECTIVE -> 5;
            case AGENT -> 6;
        };
    }

    /** Top layer, then kind, then the role in force (or the most recent), then file order. */
    private static ActorEntry choose(List<Candidate> pool, LocalDate when) {
        int top = pool.stream().mapToInt(Candidate::layer).max().orElseThrow();
        List<Candidate> layer = pool.stream().filter(c -> c.layer() == top).toList();
        int kind = layer.stream().mapToInt(c -> kindRank(c.entry().kind())).min().orElseThrow();
        List<Candidate> same = new ArrayList<>(layer.stream().filter(c -> kindRank(c.entry().kind()) == kind).toList());
        Comparator<Candidate> order;
        if (when == null) {
            order = Comparator.comparing((Candidate c) -> c.entry().to(), Comparator.nullsFirst(Comparator.reverseOrder()))
                    .thenComparing(c -> c.entry().from(), Comparator.nullsLast(Comparator.reverseOrder()));
        } else {
            order = Comparator.comparing((Candidate c) -> !c.entry().inForceOn(when))
                    .thenComparing(c -> !c.entry().isTimeBounded())
                    .thenComparing(c -> c.entry().from(), Comparator.nullsLast(Comparator.reverseOrder()));
        }
        same.sort(order.thenComparingInt(Candidate::order));
        ActorEntry chosen = same.get(0).entry();
        if (when != null && !chosen.inForceOn(when) && chosen.country() != null) {
            return new ActorEntry(chosen.canonical(), chosen.kind(), chosen.country(), "ELI", chosen.org(),
                    chosen.country() + "ELI", null, null);
        }
        return chosen;
    }

    /** One compared part of a token. */
    private record Unit(String text, String lower, String lemma, String singular, int token, boolean lastOfToken,
                        boolean possessiveFollows) {
        List<String> keys() {
            List<String> keys = new ArrayList<>(3);
            keys.add(lower);
            if (lemma != null && !keys.contains(lemma)) keys.add(lemma);
            if (!keys.contains(singular)) keys.add(singular);
            return keys;
        }
    }

    private boolean beginsAName(Unit head) {
        for (String key : head.keys()) if (byFirstPart.containsKey(key)) return true;
        return false;
    }

    /** The compared parts of tokens {@code from} (inclusive) to {@code end} (exclusive), stopping at an empty token. */
    private List<Unit> units(List<String> words, List<String> lemmas, int from, int end) {
        List<Unit> units = new ArrayList<>();
        for (int t = from; t < end; t++) {
            String word = words.get(t);
            if (word == null) throw new IllegalArgumentException("word " + t + " is null");
            List<String> parts = ActorText.parts(word);
            List<String> lemmaParts = null;
            if (lemmas != null && lemmas.get(t) != null) {
                lemmaParts = ActorText.parts(lemmas.get(t));
                if (lemmaParts.size() != parts.size()) lemmaParts = null;
            }
            if (parts.isEmpty()) break;
            for (int p = 0; p < parts.size(); p++) {
                String text = parts.get(p);
                String lower = text.toLowerCase(Locale.ROOT);
                String lemma = lemmaParts == null ? null : lemmaParts.get(p).toLowerCase(Locale.ROOT);
                boolean last = p == parts.size() - 1;
                boolean possessiveFollows = p == parts.size() - 2 && ActorText.isPossessive(parts.get(p + 1));
                units.add(new Unit(text, lower, lemma, ActorText.singular(lower), t, last, possessiveFollows));
            }
        }
        return units;
    }

    /** Tokens covered when {@code alias} matches at the start of {@code units}, or 0. */
    private static int matchLength(ActorAlias alias, List<Unit> units, int from) {
        List<String> parts = alias.parts();
        if (parts.size() > units.size()) return 0;
        for (int i = 0; i < parts.size(); i++) {
            Unit u = units.get(i);
            boolean same = switch (alias.style()) {
                case EXACT -> u.text().equals(alias.caseParts().get(i));
                case CAPITALIZED -> u.lower().equals(parts.get(i))
                        && (!Character.isUpperCase(alias.caseParts().get(i).codePointAt(0))
                            || !Character.isLowerCase(u.text().codePointAt(0)) || ActorText.miscapitalised(u.text()));
                case ANY -> u.lower().equals(parts.get(i));
                case LEMMA -> u.lower().equals(parts.get(i)) || parts.get(i).equals(u.lemma())
                        || parts.get(i).equals(u.singular());
            };
            if (!same) return 0;
        }
        Unit last = units.get(parts.size() - 1);
        if (!last.lastOfToken() && !last.possessiveFollows()) return 0;
        return last.token() - from + 1;
    }

    /** "iNdia": a capital inside a lower-case word marks a mistyped name, which matches a capitalised entry. */
    public static boolean miscapitalised(String word) {
        return ActorText.miscapitalised(word);
    }

    private static String checkIso3(String iso3) {
        if (iso3 == null || !iso3.matches("[A-Z]{3}"))
            throw new IllegalArgumentException("country code '" + iso3 + "' is not an ISO 3166-1 alpha-3 code");
        return iso3;
    }
}
