package org.faultline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a listing command (claims, actors, places, quotes) prints, in the format {@code --format} asks for: an
 * aligned table to read, a JSON array of objects, or CSV with a header line, the last two for pandas
 * ({@code read_json}, {@code read_csv}) and R ({@code jsonlite::fromJSON}, {@code read.csv}). Values keep their
 * types in JSON (numbers, booleans, null); the table may leave columns out and shortens long text.
 */
final class Listing {
    enum Format { table, json, csv }

    /** {@code --format table|json|csv}, shared by the listing commands. */
    static final class FormatOption {
        @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
                description = "The output: table (aligned columns), json (an array of objects) or csv (with a header line); default: ${DEFAULT-VALUE}.")
        Format format = Format.table;
    }

    /** One column: its name in JSON and CSV, whether the table shows it, and the table's width limit (0: none). */
    record Column(String name, boolean inTable, int tableWidth) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Column> columns;
    private final List<Object[]> rows = new ArrayList<>();

    Listing(Column... columns) {
        this.columns = List.of(columns);
    }

    static Column col(String name) {
        return new Column(name, true, 0);
    }

    static Column col(String name, int tableWidth) {
        return new Column(name, true, tableWidth);
    }

    /** A column JSON and CSV carry and the table leaves out. */
    static Column hidden(String name) {
        return new Column(name, false, 0);
    }

    /** A row: Strings, numbers, booleans or null, one per column. */
    void add(Object... values) {
        if (values.length != columns.size())
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        rows.add(values);
    }

    int size() {
        return rows.size();
    }

    /** Prints the listing; the table ends with a count line ("12 claims"), JSON and CSV hold only the data. */
    void print(PrintStream out, Format format, String countLine) {
        switch (format) {
            case json -> out.println(json());
            case csv -> out.print(csv());
            default -> {
                table(out);
                out.println(countLine);
            }
        }
    }

    String json() {
        ArrayNode arr = JSON.createArrayNode();
        for (Object[] r : rows) {
            ObjectNode n = arr.addObject();
            for (int i = 0; i < r.length; i++) {
                String k = columns.get(i).name();
                Object v = r[i];
                if (v == null) n.putNull(k);
                else if (v instanceof Integer x) n.put(k, x);
                else if (v instanceof Long x) n.put(k, x);
                else if (v instanceof Double x) n.put(k, x);
                else if (v instanceof Boolean x) n.put(k, x);
                else n.put(k, v.toString());
            }
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(arr);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("writing JSON: " + e.getMessage(), e);
        }
    }

    String csv() {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(columns.stream().map(Column::name).toList());
            for (Object[] r : rows) p.printRecord(Arrays.stream(r).map(Listing::text).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private void table(PrintStream out) {
        List<String[]> t = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).inTable()) shown.add(i);
        t.add(shown.stream().map(i -> columns.get(i).name().replace('_', ' ').toUpperCase(Locale.ROOT)).toArray(String[]::new));
        for (Object[] r : rows) {
            String[] cells = new String[shown.size()];
            for (int k = 0; k < shown.size(); k++) {
                Column c = columns.get(shown.get(k));
                String s = text(r[shown.get(k)]).replaceAll("\\s+", " ");
                if (c.tableWidth() > 3 && s.length() > c.tableWidth()) s = s.substring(0, c.tableWidth() - 3) + "...";
                cells[k] = s;
            }
            t.add(cells);
        }
        EventsCommand.printTable(out, t);
    }

    private static String text(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return String.format(Locale.ROOT, "%.4f", d);
        return v.toString();
    }
}
