package org.faultline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.store.EventQuery;
import org.faultline.store.MergedEvent;
import org.faultline.store.Report;
import org.faultline.store.ReviewState;
import org.faultline.store.Store;
import org.faultline.store.StoredClaim;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code faultline events}: the merged events, filtered. */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the merged events (one incident, all its reports) that match the filters, with analysts' "
                + "corrections applied and each event's review state.")
final class EventsCommand implements Callable<Integer> {
    private final PrintStream out;

    enum Format { table, json, csv }

    @Spec
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "CODE", converter = OptionValues.ActorCode.class,
            description = "CAMEO actor code or prefix (RUS, RUSMIL), either side.")
    String actor;
    @Option(names = "--country", paramLabel = "ISO3", converter = OptionValues.Country.class,
            description = "Country of either actor or of the place, as an ISO 3166-1 alpha-3 code (AZE).")
    String country;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class,
            description = "Events on or after this day.")
    String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class,
            description = "Events on or before this day.")
    String to;
    @Option(names = "--root", paramLabel = "NN", converter = OptionValues.CameoRoot.class,
            description = "CAMEO root, 01-20.")
    String root;
    @Option(names = "--status", paramLabel = "S", converter = OptionValues.Status.class,
            description = "Status: asserted, contested, denied, unverified or forecast.")
    String status;
    @Option(names = "--near", paramLabel = "LAT,LON,KM", converter = OptionValues.Near.class,
            description = "Within KM kilometres of a point.")
    String near;
    @Option(names = "--text", paramLabel = "WORDS", converter = OptionValues.SearchText.class,
            description = "Words that must all occur (any case) in the event's evidence or other mentions, its actors, "
                    + "its place or its reports; a \"quoted phrase\" is one term. At most 200 characters and 8 terms.")
    String text;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "0", converter = OptionValues.NotNegative.class,
            description = "At most N events (0: all).")
    int limit;
    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            description = "Output: an aligned table (default), JSON or CSV.")
    Format format;
    @Mixin
    IngestCommand.StoreOptions store = new IngestCommand.StoreOptions();

    EventsCommand(PrintStream out) {
        this.out = out;
    }

    EventQuery query() {
        return EventQuery.parse(actor, country, from, to, root, status, near).withText(text).withLimit(limit);
    }

    @Override
    public Integer call() {
        EventQuery q;
        try {
            q = query();
        } catch (IllegalArgumentException e) {   // each value was checked as it was parsed: what is left is --from after --to
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store s = store.openExisting()) {
            List<MergedEvent> events = s.events(q);
            Map<String, ReviewState> reviews = new HashMap<>();
            s.reviews(events.stream().map(MergedEvent::id).toList())
                    .forEach((id, rs) -> ReviewState.of(rs).ifPresent(r -> reviews.put(id, r)));
            switch (format) {
                case json -> out.println(json(events, reviews));
                case csv -> csv(events, reviews);
                case table -> table(events, reviews);
            }
        }
        return Main.OK;
    }

    static String code(Actor a) {
        return a == null ? "" : a.code();
    }

    /** The event as the analyst left it: corrections applied when it was reviewed. */
    static Event shown(MergedEvent m, Map<String, ReviewState> reviews) {
        ReviewState r = reviews.get(m.id());
        return r == null ? m.event() : r.applyTo(m.event());
    }

    private void table(List<MergedEvent> events, Map<String, ReviewState> reviews) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"ID", "DATE", "ACTOR1", "ACTOR2", "CAMEO", "PLACE", "DEAD", "STATUS", "REPORTS", "REVIEW"});
        for (MergedEvent m : events) {
            Event e = shown(m, reviews);
            ReviewState r = reviews.get(m.id());
            rows.add(new String[]{e.id(), e.date() == null ? "" : e.date().toString(), code(e.actor1()), code(e.actor2()),
                    e.cameo(), e.location() == null ? "" : e.location().canonical(),
                    e.fatalities() == null ? "" : e.fatalities().toString(), e.status().label(),
                    m.reports().size() + "/" + m.documents(), r == null ? "" : r.state() + " by " + r.reviewer()});
        }
        printTable(out, rows);
        out.println(events.size() + " events");
    }

    static void printTable(PrintStream out, List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                sb.append(r[i]);
                if (i < r.length - 1) sb.append(" ".repeat(w[i] - r[i].length() + 2));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private void csv(List<MergedEvent> events, Map<String, ReviewState> reviews) {
        out.print("id,date,actor1,actor2,cameo,root,place,country,latitude,longitude,fatalities,status,reports,documents,"
                + "review_state,reviewer,reviewed_at,corrected_fields\r\n");
        for (MergedEvent m : events) {
            Event e = shown(m, reviews);
            ReviewState r = reviews.get(m.id());
            var p = e.location();
            List<String> f = List.of(e.id(), e.date() == null ? "" : e.date().toString(), code(e.actor1()), code(e.actor2()),
                    e.cameo(), e.root(), p == null ? "" : p.canonical(), p == null || p.country() == null ? "" : p.country(),
                    p == null ? "" : String.valueOf(p.lat()), p == null ? "" : String.valueOf(p.lon()),
                    e.fatalities() == null ? "" : e.fatalities().toString(), e.status().label(),
                    String.valueOf(m.reports().size()), String.valueOf(m.documents()),
                    r == null ? "" : r.state(), r == null ? "" : r.reviewer(), r == null ? "" : r.at().toString(),
                    r == null ? "" : String.join(" ", r.correctedFields()));
            out.print(String.join(",", f.stream().map(EventsCommand::csvField).toList()) + "\r\n");
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode coded(Event e, String field) {
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        return switch (field) {
            case "cameo" -> f.textNode(e.cameo());
            case "actor1" -> e.actor1() == null ? f.nullNode() : f.textNode(e.actor1().code());
            case "actor2" -> e.actor2() == null ? f.nullNode() : f.textNode(e.actor2().code());
            case "place" -> e.location() == null ? f.nullNode() : f.textNode(e.location().name());
            case "date" -> e.date() == null ? f.nullNode() : f.textNode(e.date().toString());
            case "fatalities" -> e.fatalities() == null ? f.nullNode() : f.numberNode(e.fatalities());
            default -> f.nullNode();
        };
    }

    static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** Jackson, made on first use: loading it takes about 0.2 s, which every command would otherwise pay at start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** An event or claim in the Document JSON schema's shape, as DocumentJson writes it. */
    static com.fasterxml.jackson.databind.JsonNode schema(Event e, org.faultline.model.Claim c) {
        var article = new org.faultline.model.Article("-", "-", "", null, null, null, null, null);
        var d = new org.faultline.model.Document(article, e == null ? List.of() : List.of(e), c == null ? List.of() : List.of(c),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        try {
            var tree = Json.MAPPER.readTree(org.faultline.export.DocumentJson.toJson(d));
            return tree.get(e != null ? "events" : "claims").get(0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException("reading back Document JSON: " + x.getMessage(), x);
        }
    }

    static String json(List<MergedEvent> events) {
        return json(events, Map.of());
    }

    static String json(List<MergedEvent> events, Map<String, ReviewState> reviews) {
        ArrayNode arr = Json.MAPPER.createArrayNode();
        for (MergedEvent m : events) {
            ObjectNode n = arr.addObject();
            n.setAll((ObjectNode) schema(shown(m, reviews), null));
            n.put("documents", m.documents());
            ReviewState review = reviews.get(m.id());
            if (review == null) n.putNull("review");
            else {
                ObjectNode rn = n.putObject("review");
                rn.put("state", review.state());
                rn.put("reviewer", review.reviewer());
                rn.put("at", review.at().toString());
                ObjectNode corrections = rn.putObject("corrections");
                for (String field : review.correctedFields()) {
                    ObjectNode c = corrections.putObject(field);
                    c.set("coded", coded(m.event(), field));
                    c.put("value", review.corrections().get(field));
                }
            }
            ArrayNode reports = n.putArray("reports");
            for (Report r : m.reports()) {
                ObjectNode rn = reports.addObject();
                rn.put("document", r.documentId());
                rn.put("outlet", r.outlet());
                rn.put("title", r.title());
                rn.put("url", r.url());
                rn.put("published", r.published() == null ? null : r.published().toString());
                rn.set("event", schema(r.event(), null));
            }
            ArrayNode claims = n.putArray("claims");
            for (StoredClaim c : m.claims()) {
                ObjectNode cn = claims.addObject();
                cn.put("document", c.documentId());
                cn.put("contested", c.contested());
                cn.put("contested_by", c.contestedBy());
                cn.set("claim", schema(null, c.claim()));
            }
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(arr);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("writing JSON: " + e.getMessage(), e);
        }
    }
}
