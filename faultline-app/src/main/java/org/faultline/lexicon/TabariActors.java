package org.faultline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TABARI/PETRARCH actor and agent dictionaries.
 *
 * <p>Actors: {@code PHRASE_WITH_UNDERSCORES [CODE]}, then {@code +SYNONYM} lines and indented code lines such as
 * {@code [AFGGOV >011222]}, {@code [AFGELI 750101-000101]} or {@code [CODE <YYMMDD]}; two-digit years below 30 are
 * 20xx. Agents: {@code NOUN {PLURALS} [~SECTOR]} or {@code [SECTOR~]}, with {@code !MACRO! = A, B} substitutions.
 * {@code #} starts a comment and lines starting {@code <!--} are skipped. Codes that are not letters and digits
 * ({@code [+++]}, {@code [ELR/GAL]}) and date restrictions that are not dates are skipped, two common typos are
 * mended ({@link #repairTypos}); an unclosed or nested bracket, an undefined macro, a synonym with no phrase before
 * it or a line with no phrase is an error.
 */
final class TabariActors {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern PLURALS = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern MACRO_DEF = Pattern.compile("^(![A-Z0-9_]+!)\\s*=\\s*(.+)$");
    private static final Pattern MACRO_USE = Pattern.compile("![A-Z0-9_]+!");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{3,}|---");
    private static final Pattern RESTRICTION =
            Pattern.compile("(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+))");

    private TabariActors() {}

    /** Reads {@code file} into {@code builder}; returns the constructs skipped, counted by reason. */
    static Map<String, Integer> read(Path file, ActorDictionary.Builder builder) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(name, in, builder);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A primary phrase with its synonyms, waiting for its codes. */
    private static final class Group {
        final String primary;
        final List<String> phrases = new ArrayList<>();
        final List<String> codes = new ArrayList<>();

        Group(String primary) {
            this.primary = primary;
            phrases.add(primary);
        }
    }

    static Map<String, Integer> read(String name, BufferedReader in, ActorDictionary.Builder builder) throws IOException {
        Map<String, List<String>> macros = new HashMap<>();
        Map<String, Integer> skipped = new TreeMap<>();
        Group group = null;
        int lineNo = 0;
        boolean inHtmlComment = false;
        for (String raw; (raw = in.readLine()) != null; ) {
            lineNo++;
            String line = raw;
            String t = line.trim();
            if (inHtmlComment) { // <!-- ... --> over several lines
                if (t.contains("-->")) inHtmlComment = false;
                continue;
            }
            if (t.startsWith("<!--")) {
                inHtmlComment = !t.contains("-->");
                continue;
            }
            line = stripComment(line, "#");
            if (line.isBlank()) continue;
            try {
                line = repairTypos(line);
                checkBrackets(line);
                String trimmed = line.trim();
                Matcher def = MACRO_DEF.matcher(trimmed);
                if (def.matches()) {
                    List<String> values = new ArrayList<>();
                    for (String v : def.group(2).split(",")) if (!v.isBlank()) values.add(v.trim());
                    macros.put(def.group(1), values);
                    continue;
                }
                if (trimmed.contains("~]") || trimmed.contains("[~")) {
                    flush(group, builder, skipped);
                    group = null;
                    if (!agent(trimmed, macros, builder)) count(skipped, "agent code that is not letters");
                    continue;
                }
                boolean indented = Character.isWhitespace(line.charAt(0));
                if (trimmed.startsWith("[")) {
                    if (group == null) throw new IllegalArgumentException("code line '" + trimmed + "' has no phrase before it");
                    group.codes.addAll(codes(trimmed));
                } else if (trimmed.startsWith("+")) {
                    if (group == null) throw new IllegalArgumentException("synonym '" + trimmed + "' has no phrase before it");
                    String phrase = phrase(textBeforeCodes(trimmed.substring(1)));
                    if (phrase.isEmpty()) throw new IllegalArgumentException("synonym line '" + trimmed + "' has no phrase");
                    group.phrases.add(phrase);
                    group.codes.addAll(codes(trimmed));
                } else if (indented && group != null && !trimmed.contains("[")) {
                    count(skipped, "indented text without a code"); // not a construct this reader knows
                } else {
                    flush(group, builder, skipped);
                    String phrase = phrase(textBeforeCodes(trimmed));
                    if (phrase.isEmpty()) throw new IllegalArgumentException("line '" + trimmed + "' has no phrase");
                    group = new Group(phrase);
                    group.codes.addAll(codes(trimmed));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + lineNo + ": " + e.getMessage(), e);
            }
        }
        flush(group, builder, skipped);
        return skipped;
    }

    private static void count(Map<String, Integer> skipped, String reason) {
        skipped.merge(reason, 1, Integer::sum);
    }

    /**
     * The line before its comment: one of {@code commentStarts} outside a [code] starts it ("[###]" is a code, which
     * {@link #parse} skips). Actor files use '#'; verb files also ';' ({@link TabariVerbReader}).
     */
    static String stripComment(String line, String commentStarts) {
        boolean inCode = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') inCode = true;
            else if (c == ']') inCode = false;
            else if (!inCode && commentStarts.indexOf(c) >= 0) return line.substring(0, i);
        }
        return line;
    }

    /**
     * Mends two typos found in published dictionaries: a code closed by '}' instead of ']' ({@code [~ENV}}) and a
     * stray ']' inside a phrase; both keep their evident meaning.
     */
    static String repairTypos(String line) {
        String s = line.replaceAll("\\[([^\\[\\]{}]*)}", "[$1]");
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') depth++;
            if (c == ']') {
                if (depth == 0) continue;
                depth--;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static void checkBrackets(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') {
                if (++depth > 1) throw new IllegalArgumentException("nested '[' at column " + (i + 1));
            } else if (c == ']') {
                if (--depth < 0) throw new IllegalArgumentException("']' without '[' at column " + (i + 1));
            }
        }
        if (depth != 0) throw new IllegalArgumentException("'[' is not closed");
        int braces = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '{') braces++;
            else if (c == '}' && --braces < 0) throw new IllegalArgumentException("'}' without '{' at column " + (i + 1));
        }
        if (braces != 0) throw new IllegalArgumentException("'{' is not closed");
    }

    private static String textBeforeCodes(String s) {
        int b = s.indexOf('[');
        return b < 0 ? s : s.substring(0, b);
    }

    /** Underscores to spaces; a trailing underscore ("do not inflect") dropped. */
    private static String phrase(String s) {
        return s.replace('_', ' ').trim().replaceAll("\\s+", " ");
    }

    private static List<String> codes(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = BRACKET.matcher(line);
        while (m.find()) {
            String c = m.group(1).trim();
            if (c.isEmpty()) throw new IllegalArgumentException("empty code '[]'");
            out.add(c);
        }
        return out;
    }

    private static void flush(Group group, ActorDictionary.Builder builder, Map<String, Integer> skipped) {
        if (group == null) return;
        if (group.codes.isEmpty()) {
            count(skipped, "phrase without a code");
            return;
        }
        List<Parsed> parsed = new ArrayList<>();
        for (String c : group.codes) {
            Parsed p = parse(c);
            if (p != null) parsed.add(p);
            else count(skipped, "code that is not letters and digits, or a bad date restriction");
        }
        boolean dated = parsed.stream().anyMatch(p -> p.from != null || p.to != null);
        String canonical = title(group.primary);
        for (Parsed p : parsed) {
            ActorEntry entry = entry(canonical, p, dated);
            for (String phrase : group.phrases) builder.add(entry, ActorAlias.ofTabari(phrase, false));
        }
    }

    private record Parsed(String code, LocalDate from, LocalDate to) {}

    /** A code with an optional date restriction, or null for a construct this reader does not know. */
    private static Parsed parse(String bracket) {
        String[] words = bracket.split("\\s+", 2);
        String code = words[0];
        if (!CODE.matcher(code).matches()) return null;
        code = code.toUpperCase(Locale.ROOT);
        if (words.length == 1) return new Parsed(code, null, null);
        Matcher r = RESTRICTION.matcher(words[1].trim());
        if (!r.matches()) return null;
        LocalDate from, to;
        if (r.group(1) != null) {
            LocalDate d = date(r.group(2));
            if (d == null) return null;
            if (r.group(1).equals("<")) {
                from = null;
                to = d.minusDays(1);
            } else {
                from = d;
                to = null;
            }
        } else {
            from = date(r.group(3));
            to = date(r.group(4));
            if (from == null || to == null || to.isBefore(from)) return null;
        }
        return new Parsed(code, from, to);
    }

    /** YYMMDD (years below 30 are 20xx) or YYYYMMDD; null if it is no date. */
    private static LocalDate date(String digits) {
        try {
            if (digits.length() == 6) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                        Integer.parseInt(digits.substring(4, 6)));
            }
            if (digits.length() == 8)
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static ActorEntry entry(String canonical, Parsed p, boolean dated) {
        String code = p.code();
        String prefix = code.length() >= 3 ? code.substring(0, 3) : code;
        if (code.equals("---")) return new ActorEntry(canonical, ActorKind.GROUP, null, null, null, code, p.from(), p.to());
        if (prefix.equals("IGO") || prefix.equals("NGO") || prefix.equals("MNC") || prefix.equals("IMG")) {
            return new ActorEntry(canonical, ActorKind.ORGANIZATION, null, prefix, canonical, code, p.from(), p.to());
        }
        String country = prefix.matches("[A-Z]{3}") ? prefix : null;
        String rest = code.substring(Math.min(3, code.length()));
        String sector = rest.matches("([A-Z]{3})+") ? rest : null;
        ActorKind kind = dated ? ActorKind.PERSON : rest.isEmpty() ? ActorKind.COUNTRY : ActorKind.GROUP;
        String org = kind == ActorKind.GROUP ? canonical : null;
        return new ActorEntry(canonical, kind, country, sector, org, code, p.from(), p.to());
    }

    private static String title(String phrase) {
        StringBuilder b = new StringBuilder(phrase.length());
        boolean start = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    /** Adds an agent line; false if its code is one this reader does not know. */
    private static boolean agent(String line, Map<String, List<String>> macros, ActorDictionary.Builder builder) {
        Matcher m = BRACKET.matcher(line);
        String sector = null;
        while (m.find()) {
            String c = m.group(1).trim();
            if (c.startsWith("~")) c = c.substring(1);
            else if (c.endsWith("~")) c = c.substring(0, c.length() - 1);
            else continue;
            sector = c.trim().toUpperCase(Locale.ROOT);
            break;
        }
        if (sector == null || !sector.matches("([A-Z]{3})+")) return false; // an agent code this reader does not know
        String head = textBeforeCodes(line);
        List<String> forms = new ArrayList<>();
        Matcher pl = PLURALS.matcher(head);
        StringBuilder noun = new StringBuilder();
        int last = 0;
        while (pl.find()) {
            noun.append(head, last, pl.start());
            for (String p : pl.group(1).trim().split("\\s+")) if (!p.isBlank()) forms.add(p);
            last = pl.end();
        }
        noun.append(head.substring(last));
        forms.add(0, noun.toString().trim());
        List<String> phrases = new ArrayList<>();
        for (String form : forms) for (String expanded : expand(form, macros)) {
            String p = phrase(expanded).toLowerCase(Locale.ROOT);
            if (!p.isEmpty() && !ActorText.phraseParts(p).isEmpty() && !phrases.contains(p)) phrases.add(p);
        }
        if (phrases.isEmpty()) throw new IllegalArgumentException("agent line '" + line + "' has no noun");
        ActorEntry entry = new ActorEntry(phrases.get(0), ActorKind.AGENT, null, sector, null, sector, null, null);
        for (String p : phrases) builder.add(entry, ActorAlias.ofTabari(p, true));
        return true;
    }

    private static List<String> expand(String form, Map<String, List<String>> macros) {
        Matcher m = MACRO_USE.matcher(form);
        if (!m.find()) return List.of(form);
        List<String> values = macros.get(m.group());
        if (values == null) throw new IllegalArgumentException("macro " + m.group() + " is not defined");
        List<String> out = new ArrayList<>();
        for (String v : values)
            out.addAll(expand(form.substring(0, m.start()) + v + form.substring(m.end()), macros));
        return out;
    }
}
