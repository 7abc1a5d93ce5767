package org.faultline.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of a set of documents and their macro averages, printed as the reference scorer prints them: one line
 * per document (when there are several), then one {@code measure value} line per measure in name order, and last the
 * headline, {@code events.f1}.
 * <pre>{@code
 * Report r = new Report();
 * r.add("d01", scorer.score(gold, prediction));
 * System.out.print(r.text());
 * }</pre>
 */
public final class Report {
    private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter(" ", "\n"))
            .withArrayIndenter(new DefaultIndenter(" ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("").withArrayEmptySeparator("")));

    private final Map<String, Map<String, Object>> documents = new LinkedHashMap<>();

    /** Adds one document's figures (from {@link Scorer#score}); a name may be added once. */
    public void add(String name, Map<String, Object> figures) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("document name '" + name + "' is empty");
        if (figures == null) throw new IllegalArgumentException("figures of '" + name + "' must not be null");
        if (documents.containsKey(name)) throw new IllegalArgumentException("document '" + name + "' was already added");
        documents.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(figures)));
    }

    /** The figures of each document added, in the order added. */
    public Map<String, Map<String, Object>> documents() {
        return Collections.unmodifiableMap(documents);
    }

    /**
     * Every measure name any document has, sorted, with the mean of its numeric values over the documents that have
     * one, or null when none has (text figures such as {@code events.found}, or a measure no document could judge).
     */
    public Map<String, Double> macro() {
        TreeSet<String> keys = new TreeSet<>();
        for (Map<String, Object> r : documents.values()) keys.addAll(r.keySet());
        Map<String, Double> macro = new TreeMap<>();
        for (String k : keys) {
            double sum = 0;
            int n = 0;
            for (Map<String, Object> r : documents.values()) {
                if (r.get(k) instanceof Double d) {
                    sum += d; // summed in document order, one addition at a time, as Python's sum() does
                    n++;
                }
            }
            macro.put(k, n == 0 ? null : sum / n);
        }
        return macro;
    }

    /** The figures as lines of text, as {@code score.py} prints them. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (documents.size() > 1) {
            for (Map.Entry<String, Map<String, Object>> e : documents.entrySet()) {
                Map<String, Object> r = e.getValue();
                lines.add(e.getKey() + ": events.f1=" + format(r.get("events.f1")) + " claims.f1=" + format(r.get("claims.f1"))
                        + " quotes.f1=" + format(r.get("quotes.f1")));
            }
        }
        Map<String, Double> macro = macro();
        for (Map.Entry<String, Double> e : macro.entrySet()) {
            if (e.getValue() != null) {
                lines.add(e.getKey() + " " + format(e.getValue()));
            } else {
                List<String> each = new ArrayList<>();
                for (Map<String, Object> r : documents.values()) each.add(format(r.get(e.getKey())));
                lines.add(e.getKey() + " " + String.join(", ", each));
            }
        }
        lines.add("events.f1 " + format(macro.get("events.f1")));
        return lines;
    }

    /** {@link #lines()} joined, each ending in a newline. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (String line : lines()) b.append(line).append('\n');
        return b.toString();
    }

    /** The figures as JSON: {@code {"documents": {NAME: {measure: value}}, "macro": {measure: mean or null}}}. */
    public String json() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("documents", documents);
        all.put("macro", macro());
        try {
            return JSON.writeValueAsString(all) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the figures as JSON", e);
        }
    }

    /**
     * A figure as printed: a number to three decimals (rounded half to even on its exact binary value, as Python's
     * {@code format(v, ".3f")} does), "n/a" for null, text as it is.
     */
    static String format(Object v) {
        if (v == null) return "n/a";
        if (v instanceof Double d) {
            if (d.isNaN()) return "nan";
            if (d.isInfinite()) return d > 0 ? "inf" : "-inf";
            String s = new BigDecimal(d).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
            return (d < 0 || (d == 0 && 1 / d < 0)) && !s.startsWith("-") ? "-" + s : s;
        }
        return v.toString();
    }
}
