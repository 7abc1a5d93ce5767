package org.faultline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.export.DocumentJson;
import org.faultline.model.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of an evaluation: {@code NAME.gold.json} beside {@code NAME.txt} (and {@code NAME.meta}) in a gold folder,
 * and predictions as Document JSON, read from {@code NAME.json} or taken from a {@link Document} in memory.
 * <pre>{@code
 * for (String name : GoldFiles.names(dir)) {
 *     JsonNode gold = GoldFiles.readGold(dir.resolve(name + GoldFiles.GOLD_SUFFIX));
 *     ...
 * }
 * }</pre>
 */
public final class GoldFiles {
    /** The ending of a gold file's name. */
    public static final String GOLD_SUFFIX = ".gold.json";

    /** Problems reported per gold file before the rest are left out. */
    private static final int MAX_PROBLEMS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFiles() {}

    /** The NAME of every {@code NAME.gold.json} in {@code dir}, sorted. */
    public static List<String> names(Path dir) throws IOException {
        if (dir == null) throw new IllegalArgumentException("gold folder must not be null");
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("gold folder '" + dir + "' is not a directory");
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                String n = f.getFileName().toString();
                if (n.endsWith(GOLD_SUFFIX) && n.length() > GOLD_SUFFIX.length() && Files.isRegularFile(f))
                    names.add(n.substring(0, n.length() - GOLD_SUFFIX.length()));
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        names.sort(null);
        return names;
    }

    /**
     * Reads a gold file and checks the fields the scorer reads: each must be absent or of its kind (see
     * docs/evaluate.md). Every problem found is named with its line and column.
     */
    public static JsonNode readGold(Path file) throws BadFileException {
        if (file == null) throw new IllegalArgumentException("gold file must not be null");
        LocatedJson json = LocatedJson.read(file, true);
        List<String> problems = new GoldCheck(json).problems();
        if (problems.isEmpty()) return json.root;
        List<String> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
        String more = problems.size() > MAX_PROBLEMS ? "\n(" + (problems.size() - MAX_PROBLEMS) + " more problems not shown)" : "";
        throw new BadFileException(String.join("\n", shown) + more);
    }

    /** Reads a Document JSON file; it must be a JSON object, and fields of the wrong kind read as absent. */
    public static JsonNode readPrediction(Path file) throws BadFileException {
        if (file == null) throw new IllegalArgumentException("prediction file must not be null");
        LocatedJson json = LocatedJson.read(file, false);
        if (!json.root.isObject()) throw new BadFileException(json.at("") + ": expected a Document JSON object");
        return json.root;
    }

    /** A document as the Document JSON {@code extract} writes, without a file in between. */
    public static JsonNode prediction(Document document) {
        if (document == null) throw new IllegalArgumentException("document must not be null");
        try {
            return JSON.readTree(DocumentJson.toJson(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back the Document JSON of " + document.article().source(), e);
        }
    }

    /** The checks of one gold file. */
    private static final class GoldCheck {
        private final LocatedJson json;
        private final List<String> problems = new ArrayList<>();

        GoldCheck(LocatedJson json) {
            this.json = json;
        }

        List<String> problems() {
            JsonNode root = json.root;
            if (!root.isObject()) {
                problem("", "expected a JSON object with events, claims, quotes, relations and places");
                return problems;
            }
            items(root, "events", this::event);
            items(root, "claims", this::claim);
            items(root, "quotes", this::quote);
            items(root, "relations", this::relation);
            items(root, "places", this::place);
            items(root, "citations", this::citation);
            strings(root, "quote_ignore", "");
            return problems;
        }

        private interface ItemCheck {
            void check(JsonNode item, String path);
        }

        private void items(JsonNode root, String field, ItemCheck check) {
            JsonNode list = root.get(field);
            if (list == null) return;
            if (!list.isArray()) {
                problem(field, "expected a list of objects, found " + kind(list));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                String path = field + "[" + i + "]";
                if (!list.get(i).isObject()) problem(path, "expected an object, found " + kind(list.get(i)));
                else check.check(list.get(i), path);
            }
        }

        private void event(JsonNode e, String path) {
            common(e, path, true);
            strings(e, "cameo_root", path);
            strings(e, "cameo", path);
            JsonNode alts = e.get("alternatives");
            if (alts != null) {
                if (!alts.isArray()) {
                    problem(path + ".alternatives", "expected a list of {actor1_country, cameo_root}, found " + kind(alts));
                } else {
                    for (int i = 0; i < alts.size(); i++) {
                        String p = path + ".alternatives[" + i + "]";
                        if (!alts.get(i).isObject()) {
                            problem(p, "expected an object {actor1_country, cameo_root}, found " + kind(alts.get(i)));
                            continue;
                        }
                        textOrNull(alts.get(i), "actor1_country", p);
                        strings(alts.get(i), "cameo_root", p);
                    }
                }
            }
            actor(e, "actor1", path);
            actor(e, "actor2", path);
            actor(e, "reported_by", path);
            textOrNull(e, "date", path);
            textOrNull(e, "status", path);
            JsonNode fatalities = e.get("fatalities");
            if (fatalities != null && !fatalities.isNull() && !fatalities.isNumber())
                problem(path + ".fatalities", "expected a number or null, found " + kind(fatalities));
            JsonNode location = e.get("location");
            if (location != null && !location.isNull()) {
                if (!location.isObject()) problem(path + ".location", "expected an object {names: [...]} or null, found " + kind(location));
                else strings(location, "names", path + ".location");
            }
            citationField(e, path);
        }

        private void claim(JsonNode c, String path) {
            common(c, path, true);
            textOrNull(c, "stance", path);
            textOrNull(c, "contradicts", path);
            actor(c, "claimant", path);
        }

        private void quote(JsonNode q, String path) {
            common(q, path, true);
            textOrNull(q, "quote", path);
            actor(q, "speaker", path);
        }

        private void relation(JsonNode r, String path) {
            common(r, path, false);
            textOrNull(r, "a", path);
            textOrNull(r, "b", path);
            JsonNode kind = r.get("kind");
            if (kind == null || !kind.isTextual())
                problem(kind == null ? path : path + ".kind", kind == null ? "field kind is missing (alliance, hostility, tension, cooperation, ...)"
                        : "expected a string, found " + kind(kind));
        }

        private void place(JsonNode p, String path) {
            textOrNull(p, "name", path);
            strings(p, "aliases", path);
            for (String field : List.of("lat", "lon")) {
                JsonNode v = p.get(field);
                if (v == null) problem(path, "field " + field + " is missing (degrees, a number)");
                else if (!v.isNumber()) problem(path + "." + field, "expected a number of degrees, found " + kind(v));
            }
            JsonNode tolerance = p.get("tolerance_km");
            if (tolerance != null && !tolerance.isNumber())
                problem(path + ".tolerance_km", "expected a number of kilometres, found " + kind(tolerance));
        }

        private void citation(JsonNode c, String path) {
            JsonNode outlet = c.get("outlet");
            if (outlet == null) problem(path, "field outlet is missing");
            else if (!outlet.isTextual()) problem(path + ".outlet", "expected a string, found " + kind(outlet));
            if (!c.has("date")) problem(path, "field date is missing (YYYY-MM-DD, YYYY-MM, YYYY or null)");
            else textOrNull(c, "date", path);
        }

        /** The fields every event, claim, quote and relation may have. */
        private void common(JsonNode item, String path, boolean needsId) {
            JsonNode id = item.get("id");
            if (needsId && id == null) problem(path, "field id is missing (the item's name, a string)");
            else textOrNull(item, "id", path);
            textOrNull(item, "group", path);
            JsonNode optional = item.get("optional");
            if (optional != null && !optional.isNull() && !optional.isBoolean())
                problem(path + ".optional", "expected true or false, found " + kind(optional));
            JsonNode ev = item.get("evidence");
            if (ev != null && !ev.isNull() && !ev.isTextual()) {
                if (!ev.isObject()) problem(path + ".evidence", "expected the evidence text, found " + kind(ev));
                else textOrNull(ev, "text", path + ".evidence");
            }
        }

        private void citationField(JsonNode item, String path) {
            JsonNode c = item.get("citation");
            if (c == null || c.isNull() || (c.isObject() && c.isEmpty())) return;
            if (!c.isObject()) problem(path + ".citation", "expected an object {outlet, date} or null, found " + kind(c));
            else citation(c, path + ".citation");
        }

        private void actor(JsonNode item, String field, String path) {
            JsonNode a = item.get(field);
            if (a == null || a.isNull()) return;
            String p = path + "." + field;
            if (!a.isObject()) {
                problem(p, "expected an actor object {name, country} or null, found " + kind(a));
                return;
            }
            textOrNull(a, "name", p);
            textOrNull(a, "country", p);
        }

        private void textOrNull(JsonNode item, String field, String path) {
            JsonNode v = item.get(field);
            if (v != null && !v.isNull() && !v.isTextual())
                problem(join(path, field), "expected a string or null, found " + kind(v));
        }

        private void strings(JsonNode item, String field, String path) {
            JsonNode v = item.get(field);
            if (v == null) return;
            String p = join(path, field);
            if (!v.isArray()) {
                problem(p, "expected a list of strings, found " + kind(v));
                return;
            }
            for (int i = 0; i < v.size(); i++)
                if (!v.get(i).isTextual()) problem(p + "[" + i + "]", "expected a string, found " + kind(v.get(i)));
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        private void problem(String path, String message) {
            problems.add(json.at(path) + ": " + (path.isEmpty() ? "" : path + ": ") + message);
        }

        private static String kind(JsonNode v) {
            if (v.isNull()) return "null";
            if (v.isTextual()) return "the string " + shortText(v.toString());
            if (v.isNumber()) return "the number " + v;
            if (v.isBoolean()) return v.toString();
            if (v.isArray()) return "a list";
            return "an object";
        }

        private static String shortText(String s) {
            return s.length() <= 40 ? s : s.substring(0, 39) + "…\"";
        }
    }
}
