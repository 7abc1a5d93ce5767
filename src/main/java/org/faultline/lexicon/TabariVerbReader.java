package org.faultline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a TABARI / PETRARCH verb dictionary into verb entries. What maps onto verbs.txt options is kept:
 * <ul>
 *   <li>a verb line with its own code or under a coded block: a bare verb entry;</li>
 *   <li>a multi-word verb ({@code +CALL_OFF}): the verb with a particle, a target preposition or an object;</li>
 *   <li>{@code - * WORD [code]} or {@code - * &SET [code]}: the block's verbs with that direct object;</li>
 *   <li>{@code - * UP [code]}: a particle; {@code - * (AT +) [code]}: a target preposition; and combinations
 *       of one particle, one object and one bare preposition.</li>
 * </ul>
 * Patterns with words before the verb, noun compounds ({@code {A B}}), prepositional phrases with nouns, and
 * null codes ({@code [---]}) and patterns naming an undefined synonym set are skipped. Paired codes ({@code [042:043]}) keep the first code.
 */
final class TabariVerbReader {
    static final Set<String> PARTICLES = Set.of("up", "out", "off", "down", "away", "back", "over", "forward",
            "aside", "apart", "along", "ahead");
    static final Set<String> PREPOSITIONS = Set.of("about", "above", "across", "after", "against", "along", "among",
            "around", "as", "at", "before", "behind", "between", "beyond", "by", "despite", "during", "for", "from",
            "in", "inside", "into", "near", "of", "on", "onto", "over", "past", "since", "through", "throughout",
            "to", "toward", "towards", "under", "until", "upon", "via", "with", "within", "without");
    private static final Set<String> MARKERS = Set.of("$", "+", "^", "%");
    private static final Pattern BLOCK = Pattern.compile("---\\s+(\\S+)\\s+\\[([^\\]]*)\\][\\s-]*---");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]\\s*$");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'.-]*");

    private final String file;
    private final CameoTable cameo;
    private final Map<String, Set<String>> synsets = new HashMap<>();
    private final List<VerbEntry> entries = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    // the current block
    private String blockCode;
    private final Map<String, Integer> blockVerbs = new LinkedHashMap<>();

    private TabariVerbReader(String file, CameoTable cameo) {
        this.file = file;
        this.cameo = cameo;
    }

    static VerbLexicon read(BufferedReader in, String file, CameoTable cameo) {
        TabariVerbReader reader = new TabariVerbReader(file, cameo);
        reader.readAll(in);
        return new VerbLexicon(reader.entries);
    }

    private void readAll(BufferedReader in) {
        String synset = null;
        boolean inVerbs = false;
        int lineNo = 0;
        try {
            for (String raw; (raw = in.readLine()) != null; ) {
                lineNo++;
                String where = file + ":" + lineNo + ": ";
                String line = stripComment(raw).strip();
                if (line.isEmpty()) continue; // a synonym set runs until the next set or block
                try {
                    if (line.startsWith("~")) { // transformation rules: not representable
                        continue;
                    }
                    if (line.startsWith("&")) {
                        synset = line.split("\\s+")[0];
                        if (synset.length() < 2) throw new IllegalArgumentException("synonym set without a name");
                        synsets.putIfAbsent(synset, new LinkedHashSet<>());
                        continue;
                    }
                    if (line.startsWith("---")) {
                        Matcher m = BLOCK.matcher(line);
                        if (!m.matches()) {
                            throw new IllegalArgumentException("block header '" + line
                                    + "' is not '---  NAME  [code]  ---'");
                        }
                        blockCode = code(m.group(2));
                        blockVerbs.clear();
                        inVerbs = true;
                        synset = null;
                        continue;
                    }
                    if (line.startsWith("-")) {
                        if (!inVerbs) throw new IllegalArgumentException("pattern before the first verb block");
                        pattern(line.substring(1).strip(), lineNo);
                        continue;
                    }
                    if (synset != null && line.startsWith("+") && !inVerbs) {
                        String member = norm(line.substring(1).split("[\\s{\\[]")[0]);
                        if (!member.isEmpty()) synsets.get(synset).add(member);
                        continue;
                    }
                    if (!inVerbs) {
                        throw new IllegalArgumentException("line '" + line + "' is outside any synonym set or block");
                    }
                    verb(line, lineNo);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A TABARI comment starts with '#', or with ';' in old files. */
    private static String stripComment(String line) {
        int cut = line.length();
        int hash = line.indexOf('#');
        if (hash >= 0) cut = hash;
        int semi = line.indexOf(';');
        if (semi >= 0 && semi < cut) cut = semi;
        return line.substring(0, cut);
    }

    /** Lower case, no trailing '_' (TABARI's "no stemming" mark). */
    private static String norm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        while (w.endsWith("_")) w = w.substring(0, w.length() - 1);
        while (w.startsWith("+")) w = w.substring(1);
        return w;
    }

    /** "042:043" -> "042", ":110" -> "110", "---" -> null; checks the code against the CAMEO table. */
    private String code(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) throw new IllegalArgumentException("empty code []");
        if (s.matches("-+")) return null;
        String first = s;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            first = s.substring(0, colon).strip();
            if (first.isEmpty() || first.matches("-+")) first = s.substring(colon + 1).strip();
        }
        if (first.isEmpty() || first.matches("-+")) return null;
        if (first.matches("\\d{3,4}!")) first = first.substring(0, first.length() - 1); // a TABARI flag
        // validation dictionaries mark variants with a letter ("075A"): the CAMEO code is the digits
        if (first.matches("\\d{3,4}[A-Za-z]+")) first = first.replaceAll("[A-Za-z]+$", "");
        if (!first.matches("\\d{3,4}")) throw new IllegalArgumentException("code [" + raw + "] is not 3 or 4 digits");
        // a well-formed code of another ontology ("802" in the PETRARCH validation set) is skipped, not fatal:
        // faultline codes CAMEO, and the rest of the user's dictionary still loads
        if (!cameo.exists(first) && cameo.get(first).isEmpty()) return null;
        if (cameo.get(first).isEmpty() || !cameo.get(first).get().root().equals(first.substring(0, 2))) return null;
        return first;
    }

    private void verb(String line, int lineNo) {
        String ownCode = null;
        Matcher m = CODE.matcher(line);
        String body = line;
        if (m.find()) {
            ownCode = code(m.group(1));
            body = line.substring(0, m.start()).strip();
            if (ownCode == null && !m.group(1).strip().matches("-+")) return;
        }
        int brace = body.indexOf('{');
        if (brace >= 0) {
            if (body.indexOf('}', brace) < 0) throw new IllegalArgumentException("'{' without '}'");
            body = body.substring(0, brace).strip();
        }
        if (body.isEmpty() || body.contains(" ")) {
            throw new IllegalArgumentException("verb line '" + line + "' does not start with one verb");
        }
        String verb = norm(body);
        String[] parts = verb.split("_");
        String code = ownCode != null ? ownCode : blockCode;
        if (parts.length == 1) {
            if (!WORD.matcher(verb).matches()) return;
            blockVerbs.putIfAbsent(verb, lineNo);
            if (code != null) add(code, verb, Set.of(), Set.of(), Set.of(), lineNo);
            return;
        }
        // multi-word verb: RE_ESTABLISH, CALL_OFF, OPEN_FIRE, SCOFF_AT
        if (parts[0].equals("re") && parts.length == 2) {
            if (code != null && WORD.matcher(parts[1]).matches()) {
                add(code, "re-" + parts[1], Set.of(), Set.of(), Set.of(), lineNo);
            }
            return;
        }
        if (code == null || !WORD.matcher(parts[0]).matches()) return;
        Set<String> prt = new LinkedHashSet<>(), obj = new LinkedHashSet<>(), prep = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (PARTICLES.contains(p) && prt.isEmpty() && obj.isEmpty() && prep.isEmpty()) prt.add(p);
            else if (PREPOSITIONS.contains(p) && i == parts.length - 1) prep.add(p);
            else if (WORD.matcher(p).matches() && obj.isEmpty() && prep.isEmpty()) obj.add(p);
            else return; // not representable
        }
        add(code, parts[0], prt, obj, prep, lineNo);
    }

    private void pattern(String pattern, int lineNo) {
        Matcher m = CODE.matcher(pattern);
        if (!m.find()) throw new IllegalArgumentException("pattern '" + pattern + "' has no [code]");
        String code = code(m.group(1));
        String body = pattern.substring(0, m.start()).strip();
        int star = body.indexOf('*');
        if (star < 0) throw new IllegalArgumentException("pattern '" + pattern + "' has no '*' for the verb");
        if (code == null) return;
        for (String t : body.substring(0, star).strip().split("\\s+")) {
            if (!t.isEmpty() && !MARKERS.contains(t)) return; // subject constraint: not representable
        }
        List<String> tokens = tokens(body.substring(star + 1));
        Set<String> prt = new LinkedHashSet<>(), obj = new LinkedHashSet<>(), prep = new LinkedHashSet<>();
        for (String t : tokens) {
            if (MARKERS.contains(t)) continue;
            if (t.startsWith("{")) return; // noun compound
            if (t.startsWith("(")) {
                List<String> inner = tokens(t.substring(1, t.length() - 1));
                inner.removeIf(MARKERS::contains);
                if (inner.size() != 1 || !prep.isEmpty()) return;
                String p = norm(inner.get(0));
                if (!PREPOSITIONS.contains(p)) return;
                prep.add(p);
            } else if (t.startsWith("&")) {
                Set<String> members = synsets.get(t);
                if (members == null) return; // PETRARCH files name some sets they never define
                if (!obj.isEmpty() || !prep.isEmpty()) return;
                for (String w : members) if (WORD.matcher(w).matches()) obj.add(w);
                if (obj.isEmpty()) return;
            } else {
                String w = norm(t);
                if (PARTICLES.contains(w) && prt.isEmpty() && obj.isEmpty() && prep.isEmpty()) prt.add(w);
                else if (WORD.matcher(w).matches() && obj.isEmpty() && prep.isEmpty()) obj.add(w);
                else return;
            }
        }
        for (Map.Entry<String, Integer> v : blockVerbs.entrySet()) {
            add(code, v.getKey(), prt, obj, prep, lineNo);
        }
    }

    /** Splits on spaces, keeping (...) and {...} groups whole. */
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

    private void add(String code, String verb, Set<String> prt, Set<String> obj, Set<String> prep, int lineNo) {
        VerbEntry e = new VerbEntry(code, false, verb, prt, obj, prep, Set.of(), false, file, lineNo);
        if (seen.putIfAbsent(e.toString(), lineNo) == null) entries.add(e);
    }
}
