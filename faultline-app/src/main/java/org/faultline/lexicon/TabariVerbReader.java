package org.faultline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI / PETRARCH verb dictionary (PETRARCH-2 {@code CAMEO.2.0.txt}, UD-PETRARCH and the older
 * TABARI/PETRARCH-1 layout) into verb entries. What maps onto verbs.txt options is kept:
 * <ul>
 *   <li>a verb line with its own code or under a coded block: a bare verb entry ({@code LASH OUT} and
 *       {@code +CALL_OFF} give the verb with a particle, a target preposition or an object);</li>
 *   <li>{@code - * WORD [code]} or {@code - * &SET [code]}: the block's verbs with that direct object;</li>
 *   <li>{@code - * UP [code]} or {@code - * (OFF) [code]}: a particle; {@code - * (AT +)}, {@code - * (WITH)} or a
 *       trailing bare {@code FOR}: a target preposition; {@code - * (TO LEAVE)} or {@code - * TO RECONSIDER}: an
 *       infinitive complement; {@code *_UP} is {@code * UP}; and combinations of one particle, one object and
 *       one preposition.</li>
 * </ul>
 * Constructs the model cannot express are skipped and counted by reason ({@link Result#skipped()}): words
 * before the verb, noun compounds ({@code {A B}}), prepositional phrases with a noun ({@code (ON RESOLUTION)}),
 * compound actors ({@code %}), a source after the verb or a target before it ({@code $}, {@code +}), null codes
 * ({@code [---]}), placeholder codes without digits ({@code [+++]}, {@code [xxy]}), codes whose root is not CAMEO,
 * undefined synonym sets and transformations ({@code ~}). Paired codes ({@code [042:043]}) keep the first code;
 * a letter, {@code ?} or {@code !} after the digits ({@code 075A}) is dropped. Only malformed input fails, with
 * {@code file:line: reason}: an unclosed bracket, parenthesis or brace (a stray closing ')' or '}' is a known typo
 * and skips the line), a code that starts like a number but is
 * not 3 or 4 digits, a pattern without {@code *} or a code, a block header without a code.
 */
final class TabariVerbReader {
    static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "away", "back", "over", "forward",
            "aside", "apart", "along", "ahead");
    static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along", "among",
            "around", "as", "at", "before", "behind", "between", "beyond", "by", "despite", "during", "for", "from",
            "in", "inside", "into", "near", "of", "on", "onto", "over", "past", "since", "through", "throughout",
            "to", "toward", "towards", "under", "until", "upon", "via", "with", "within", "without");
    private static final Pattern HEADER = Pattern.compile("---(.*?)(?:-*---)?"); // the closing --- is sometimes missing
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'.-]*");

    /** The entries read and, by reason, the constructs that were skipped. */
    record Result(VerbLexicon lexicon, Map<String, Integer> skipped) {
        Result {
            skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
        }

        int skippedTotal() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A construct the verb model cannot express: the line is skipped and counted under the reason. */
    private static final class Skip extends Exception {
        Skip(String reason) {
            super(reason, null, false, false);
        }
    }

    private final String file;
    private final CameoTable cameo;
    /** Set name (upper case, no trailing '_') to its raw members: words, or "&OTHER" references. */
    private final Map<String, List<String>> synsets = new HashMap<>();
    private final List<VerbEntry> entries = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private final Map<String, Integer> skipped = new TreeMap<>();

    // the current block
    private String blockCode;
    private final Map<String, Integer> blockVerbs = new LinkedHashMap<>();

    private TabariVerbReader(String file, CameoTable cameo) {
        this.file = file;
        this.cameo = cameo;
    }

    static VerbLexicon read(BufferedReader in, String file, CameoTable cameo) {
        return load(in, file, cameo).lexicon();
    }

    static Result load(BufferedReader in, String file, CameoTable cameo) {
        TabariVerbReader reader = new TabariVerbReader(file, cameo);
        reader.readAll(in);
        return new Result(new VerbLexicon(reader.entries), reader.skipped);
    }

    private void readAll(BufferedReader in) {
        String synset = null;
        boolean inVerbs = false;
        boolean inHtmlComment = false;
        int lineNo = 0;
        try {
            for (String raw; (raw = in.readLine()) != null; ) {
                lineNo++;
                String trimmed = raw.strip();
                if (inHtmlComment) { // <!-- ... --> over several lines
                    if (trimmed.contains("-->")) inHtmlComment = false;
                    continue;
                }
                if (trimmed.startsWith("<!--")) {
                    inHtmlComment = !trimmed.contains("-->");
                    continue;
                }
                String line = TabariActors.stripComment(raw, "#;").strip();   // ';' starts a comment in old files
                if (line.isEmpty()) continue; // a synonym set runs until the next set or block
                try {
                    checkBalance(line);
                    if (line.startsWith("~")) { // verb-on-verb transformation: not representable
                        skip("transformation (~)");
                        continue;
                    }
                    if (line.startsWith("&")) {
                        synset = setName(line.split("\\s+")[0]);
                        if (synset.length() < 2) throw new IllegalArgumentException("synonym set without a name");
                        synsets.putIfAbsent(synset, new ArrayList<>());
                        continue;
                    }
                    if (line.startsWith("---")) {
                        inVerbs = true;
                        synset = null;
                        header(line); // may skip the block's own code, never its verbs and patterns
                        continue;
                    }
                    if (synset != null && line.startsWith("+")) {
                        member(synset, line.substring(1).strip());
                        continue;
                    }
                    if (line.startsWith("-") || line.startsWith("*")) { // "* (TO X) [code]": a pattern without its '-'
                        if (!inVerbs) throw new IllegalArgumentException("pattern before the first verb block");
                        pattern(line.startsWith("-") ? line.substring(1).strip() : line, lineNo);
                        continue;
                    }
                    if (!inVerbs || synset != null) {
                        throw new IllegalArgumentException("line '" + line + "' is outside any synonym set or block");
                    }
                    verb(line, lineNo);
                } catch (Skip s) {
                    skip(s.getMessage());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private void skip(String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /**
     * An unclosed '[', '(' or '{', or a stray ']', is malformed. A stray ')' or '}' after a complete pattern is a
     * known typo of the published files ("(WITH VISIT)   VISIT)"): that line is skipped.
     */
    private static void checkBalance(String line) throws Skip {
        String[][] pairs = {{"[", "]"}, {"(", ")"}, {"{", "}"}};
        for (String[] p : pairs) {
            char open = p[0].charAt(0), close = p[1].charAt(0);
            int depth = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == open) depth++;
                else if (c == close && --depth < 0) {
                    if (close != ']') throw new Skip("stray '" + close + "' (a typo)");
                    throw new IllegalArgumentException("'" + close + "' without '" + open + "' at column " + (i + 1));
                }
            }
            if (depth > 0) throw new IllegalArgumentException("'" + open + "' without '" + close + "' in '" + line + "'");
        }
    }

    /** Lower case, no trailing '_' (TABARI's "no stemming" mark), no leading '+'. */
    private static String norm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith("_")) w = w.substring(0, w.length() - 1);
        while (w.startsWith("+")) w = w.substring(1);
        return w;
    }

    private static String setName(String token) {
        String s = token.toUpperCase(Locale.ROOT);
        while (s.endsWith("_")) s = s.substring(0, s.length() - 1);
        return s;
    }

    private void header(String line) throws Skip {
        Matcher m = HEADER.matcher(line);
        List<String> codes = new ArrayList<>();
        if (m.matches()) {
            Matcher b = BRACKET.matcher(m.group(1));
            while (b.find()) codes.add(b.group(1));
        }
        if (codes.isEmpty()) throw new IllegalArgumentException("block header '" + line + "' is not '---  NAME  [code]  ---'");
        blockVerbs.clear();
        blockCode = null;
        try {
            blockCode = code(codes.get(0)); // a second code ("[120] [031:031]") is not representable
        } catch (Skip s) {
            if (!s.getMessage().startsWith("null")) throw s; // "[---]": only the patterns code
        }
    }

    private void member(String synset, String raw) {
        String body = raw.split("[{\\[]")[0].strip();
        if (body.startsWith("(")) {
            skip("prepositional phrase in a synonym set");
            return;
        }
        if (body.startsWith("&")) {
            synsets.get(synset).add(setName(body.split("\\s+")[0]));
            return;
        }
        String w = norm(body);
        if (w.isEmpty()) return;
        if (!WORD.matcher(w).matches()) {
            skip("multi-word synonym set member");
            return;
        }
        synsets.get(synset).add(w);
    }

    /** The single words of a set, following "&OTHER" members; null if the set is not defined. */
    private Set<String> members(String name) {
        if (!synsets.containsKey(name)) return null;
        Set<String> out = new LinkedHashSet<>();
        collect(name, out, new HashSet<>());
        return out;
    }

    private void collect(String name, Set<String> out, Set<String> visiting) {
        if (!visiting.add(name)) return;
        for (String m : synsets.getOrDefault(name, List.of())) {
            if (m.startsWith("&")) collect(m, out, visiting);
            else out.add(m);
        }
    }

    /**
     * "042:043" -> "042", ":110" -> "110", "075A" -> "075"; checks the code against the CAMEO table.
     *
     * @throws Skip for a null code ([---]), a placeholder without digits ([+++], [xxy]) or a code outside CAMEO
     */
    private String code(String raw) throws Skip {
        String s = raw.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("empty code []");
        String first = s;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            first = s.substring(0, colon).strip();
            if (first.isEmpty() || first.matches("-+")) first = s.substring(colon + 1).strip();
        }
        if (first.isEmpty() || first.matches("-+")) throw new Skip("null code [---]");
        if (!first.matches(".*\\d.*")) throw new Skip("placeholder code without digits ([+++], [xxy])");
        // a letter, '?' or '!' after the digits marks a variant or a TABARI flag ("075A", "025?", "190!")
        if (first.matches("\\d{3,4}[A-Za-z?!]+")) first = first.replaceAll("[A-Za-z?!]+$", "");
        if (!first.matches("\\d{3,4}")) throw new IllegalArgumentException("code [" + raw + "] is not 3 or 4 digits");
        // a well-formed code of another ontology ("802" in the PETRARCH validation set) is skipped, not fatal:
        // faultline codes CAMEO, and the rest of the user's dictionary still loads
        if (cameo.get(first).isEmpty() || !cameo.get(first).get().root().equals(first.substring(0, 2))) {
            throw new Skip("code outside CAMEO");
        }
        return first;
    }

    private void verb(String line, int lineNo) throws Skip {
        String ownCode = null;
        Matcher m = CODE.matcher(line);
        String body = line;
        if (m.find()) {
            body = line.substring(0, m.start()).strip();
            try {
                ownCode = code(m.group(1));
            } catch (Skip s) {
                if (!s.getMessage().startsWith("null")) throw s;
                // "HOLD {...} [---]": the verb is in the block but codes nothing by itself
            }
        }
        int brace = body.indexOf('{');
        if (brace >= 0) body = body.substring(0, brace).strip(); // irregular forms: the lemmatiser knows them
        if (body.isEmpty()) throw new IllegalArgumentException("verb line '" + line + "' has no verb");
        String verb = norm(body.replaceAll("\\s+", "_")); // "LASH OUT" is "LASH_OUT"
        String[] parts = verb.split("_+");
        String code = ownCode != null ? ownCode : blockCode;
        if (parts.length == 1) {
            if (!WORD.matcher(verb).matches()) throw new Skip("verb that is not a word");
            blockVerbs.putIfAbsent(verb, lineNo);
            if (code != null) add(code, verb, Set.of(), Set.of(), Set.of(), Set.of(), lineNo);
            return;
        }
        // multi-word verb: RE_ESTABLISH, CALL_OFF, OPEN_FIRE, SCOFF_AT, LASH OUT
        for (String p : parts) if (p.startsWith("+")) throw new Skip("compound verb with a marked head (WIRE_+TAP)");
        if (parts[0].equals("re") && parts.length == 2 && WORD.matcher(parts[1]).matches()) {
            if (code != null) add(code, "re-" + parts[1], Set.of(), Set.of(), Set.of(), Set.of(), lineNo);
            return;
        }
        if (code == null) return;
        if (!WORD.matcher(parts[0]).matches()) throw new Skip("verb that is not a word");
        Set<String> prt = new LinkedHashSet<>(), obj = new LinkedHashSet<>(), prep = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (PARTICLES.contains(p) && prt.isEmpty() && obj.isEmpty() && prep.isEmpty()) prt.add(p);
            else if (PREPOSITIONS.contains(p) && i == parts.length - 1) prep.add(p);
            else if (WORD.matcher(p).matches() && obj.isEmpty() && prep.isEmpty()) obj.add(p);
            else throw new Skip("multi-word verb with more than a particle, an object and a preposition");
        }
        add(code, parts[0], prt, obj, prep, Set.of(), lineNo);
    }

    private void pattern(String pattern, int lineNo) throws Skip {
        Matcher m = CODE.matcher(pattern);
        if (!m.find()) throw new IllegalArgumentException("pattern '" + pattern + "' has no [code]");
        String body = pattern.substring(0, m.start()).strip();
        int star = body.indexOf('*');
        if (star < 0) throw new IllegalArgumentException("pattern '" + pattern + "' has no '*' for the verb");
        String code = code(m.group(1));
        // the old layout joins adjacent words with '_': "IN_*", "*_UP", "*_ON"
        String before = body.substring(0, star), after = body.substring(star + 1);
        if (before.endsWith("_")) throw new Skip("words before the verb");
        if (after.startsWith("_")) after = " " + after.substring(1);
        for (String t : tokens(before)) {
            if (t.equals("$") || t.equals("^")) continue; // the source before the verb is the default
            if (t.equals("+")) throw new Skip("target before the verb (+)");
            if (t.equals("%")) throw new Skip("compound actor (%)");
            throw new Skip("words before the verb");
        }
        List<String> tokens = new ArrayList<>(tokens(after));
        tokens.removeIf(t -> t.equals("+") || t.equals("^"));
        Set<String> prt = new LinkedHashSet<>(), obj = new LinkedHashSet<>(), prep = new LinkedHashSet<>(),
                xcomp = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (t.equals("$")) throw new Skip("source after the verb ($)");
            if (t.equals("%")) throw new Skip("compound actor (%)");
            if (t.contains("*")) throw new Skip("more than one '*'");
            if (t.startsWith("{")) throw new Skip("noun compound {A B}");
            if (t.startsWith("(")) {
                List<String> inner = tokens(t.substring(1, t.length() - 1));
                inner.removeIf(x -> x.equals("+") || x.equals("^"));
                if (inner.contains("$")) throw new Skip("source in a prepositional phrase ($)");
                if (inner.isEmpty()) throw new Skip("empty parentheses");
                String p = norm(inner.get(0));
                if (inner.size() == 1 && PREPOSITIONS.contains(p)) {
                    if (!prep.isEmpty() || !xcomp.isEmpty()) throw new Skip("two prepositional phrases");
                    prep.add(p);
                } else if (inner.size() == 1 && PARTICLES.contains(p) && prt.isEmpty() && obj.isEmpty() && prep.isEmpty()) {
                    prt.add(p); // UD-PETRARCH writes particles in parentheses: "* (OFF)"
                } else if (inner.size() == 2 && p.equals("to") && WORD.matcher(norm(inner.get(1))).matches()
                        && xcomp.isEmpty() && prep.isEmpty()) {
                    // "(TO LEAVE)": an infinitive complement; for a noun ("(TO PROPOSAL)") it never fits a parse
                    xcomp.add(norm(inner.get(1)));
                } else if (PREPOSITIONS.contains(p)) {
                    throw new Skip("prepositional phrase with a noun (ON RESOLUTION)");
                } else {
                    throw new Skip("parenthesised phrase that is not a preposition");
                }
            } else if (t.startsWith("&")) {
                Set<String> members = members(setName(t));
                if (members == null) throw new Skip("undefined synonym set"); // PETRARCH files name sets they never define
                if (!obj.isEmpty() || !prep.isEmpty() || !xcomp.isEmpty()) throw new Skip("more than one word after the verb");
                for (String w : members) if (WORD.matcher(w).matches()) obj.add(w);
                if (obj.isEmpty()) throw new Skip("synonym set without single-word members");
            } else {
                String w = norm(t);
                if (!WORD.matcher(w).matches()) throw new Skip("multi-word phrase after the verb");
                boolean noneYet = obj.isEmpty() && prep.isEmpty() && xcomp.isEmpty();
                if (PARTICLES.contains(w) && prt.isEmpty() && noneYet && !(last && PREPOSITIONS.contains(w))) {
                    prt.add(w);
                } else if (PREPOSITIONS.contains(w) && prep.isEmpty() && xcomp.isEmpty()) {
                    // the old layout: a bare trailing preposition, or "TO VERB"
                    if (last) {
                        prep.add(w);
                    } else if (w.equals("to") && i == tokens.size() - 2 && noneYet
                            && WORD.matcher(norm(tokens.get(i + 1))).matches()) {
                        xcomp.add(norm(tokens.get(i + 1)));
                        i++;
                    } else {
                        throw new Skip("prepositional phrase with a noun (ON RESOLUTION)");
                    }
                } else if (noneYet) {
                    obj.add(w);
                } else {
                    throw new Skip("more than one word after the verb");
                }
            }
        }
        if (blockVerbs.isEmpty()) throw new Skip("pattern in a block without single-word verbs");
        for (Map.Entry<String, Integer> v : blockVerbs.entrySet()) {
            add(code, v.getKey(), prt, obj, prep, xcomp, lineNo);
        }
    }

    /** Splits on spaces, keeping (...) and {...} groups whole (brackets are balanced: see checkBalance). */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end;
            if (c == '(' || c == '{') {
                char close = c == '(' ? ')' : '}';
                end = s.indexOf(close, i);
                if (end < 0) throw new IllegalArgumentException("'" + c + "' without '" + close + "' in '" + s.strip() + "'");
                end++;
            } else {
                end = i;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '('
                        && s.charAt(end) != '{') end++;
            }
            out.add(s.substring(i, end));
            i = end;
        }
        return out;
    }

    private void add(String code, String verb, Set<String> prt, Set<String> obj, Set<String> prep, Set<String> xcomp,
                     int lineNo) {
        VerbEntry e = new VerbEntry(code, false, verb, prt, obj, prep, xcomp, false, file, lineNo);
        if (seen.add(e.toString())) entries.add(e);
    }
}
