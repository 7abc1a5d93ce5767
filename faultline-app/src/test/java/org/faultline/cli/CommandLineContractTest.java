package org.faultline.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What the command line promises, checked over every command picocli knows (so a new command or option is checked
 * too): every option has a description, command descriptions are whole sentences, {@code help} works, and a bad
 * value of any option is a usage error (exit 2) that names the option, before any model loads or store opens.
 */
class CommandLineContractTest {
    @TempDir
    Path dir;
    private Path aFile, noFolder, data;

    @BeforeEach
    void files() throws IOException {
        aFile = Files.writeString(dir.resolve("a-file.txt"), "A file, where a folder is wanted.\n");
        noFolder = dir.resolve("no-such-folder");
        data = dir.resolve("data");
    }

    private static CommandLine commandLine() {
        PrintStream nowhere = new PrintStream(PrintStream.nullOutputStream());
        return Main.commandLine(InputStream.nullInputStream(), nowhere, nowhere);
    }

    /** The root command and every subcommand. */
    private static List<CommandSpec> commands() {
        CommandLine cl = commandLine();
        List<CommandSpec> all = new ArrayList<>();
        all.add(cl.getCommandSpec());
        cl.getSubcommands().values().forEach(c -> all.add(c.getCommandSpec()));
        return all;
    }

    private static boolean sentence(String s) {
        String t = s.replace("%n", "").strip();   // picocli's line break
        return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || t.startsWith("--"))
                && (t.endsWith(".") || t.endsWith(".)"));
    }

    @Test
    void everyCommandIsDescribedInWholeSentences() {
        List<String> bad = new ArrayList<>();
        for (CommandSpec c : commands()) {
            String[] description = c.usageMessage().description();
            if (description.length == 0) bad.add(c.qualifiedName() + ": no description");
            // picocli prints each element on its own line and shows the first in `faultline --help`: each is whole
            for (String line : description) if (!sentence(line)) bad.add(c.qualifiedName() + ": '" + line + "'");
        }
        assertEquals(List.of(), bad, "descriptions that are not whole sentences");
    }

    @Test
    void everyOptionAndParameterHasADescription() {
        List<String> bad = new ArrayList<>();
        int options = 0;
        for (CommandSpec c : commands()) {
            List<ArgSpec> args = new ArrayList<>(c.options());
            args.addAll(c.positionalParameters());
            for (ArgSpec a : args) {
                options++;
                String name = a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
                String text = String.join(" ", a.description());
                if (text.isBlank()) bad.add(c.qualifiedName() + " " + name + ": no description");
                else if (!sentence(text)) bad.add(c.qualifiedName() + " " + name + ": '" + text + "'");
            }
        }
        assertTrue(options > 50, "options found: " + options);
        assertEquals(List.of(), bad, "options without a description, or not a sentence");
    }

    @Test
    void helpListsTheCommandsAndShowsOneCommandsHelp() {
        MainTest.Result all = MainTest.run("help");
        assertEquals(0, all.code(), all.err());
        for (String command : commandLine().getSubcommands().keySet())
            assertTrue(all.out().contains("  " + command + " "), command + " in:\n" + all.out());
        MainTest.Result events = MainTest.run("help", "events");
        assertEquals(0, events.code(), events.err());
        assertTrue(events.out().startsWith("Usage: faultline events"), events.out());
        assertTrue(events.out().contains("--status=S"), events.out());
        MainTest.Result bogus = MainTest.run("help", "bogus");
        assertEquals(2, bogus.code());
        assertTrue(bogus.err().contains("bogus"), bogus.err());
    }

    @Test
    void versionIsTheBuildsVersion() {
        MainTest.Result v = MainTest.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().strip().matches("faultline \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), v.out());
    }

    /**
     * One bad value for each option that takes a value, keyed "command --option", as a whole command line (with
     * what else the command requires); every such option must be here.
     */
    private Map<String, List<String>> badValues() {
        String f = aFile.toString(), none = noFolder.toString(), d = data.toString(), out = dir.resolve("o").toString();
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("extract --published", List.of("extract", "--published", "2024-13-01", f));
        m.put("extract --outlet", List.of("extract", "--outlet", " ", f));
        m.put("extract --format", List.of("extract", "--format", "yaml", f));
        m.put("extract --input-format", List.of("extract", "--input-format", "xml", f));
        m.put("extract --dictionaries", List.of("extract", "--dictionaries", none, f));
        m.put("extract --conventions", List.of("extract", "--conventions", "tabari", f));
        m.put("extract --out", List.of("extract", "--out", f, f));
        m.put("extract --timeout", List.of("extract", "--timeout", "0", f));
        m.put("extract --threads", List.of("extract", "--threads", "0", f));
        m.put("ingest --threads", List.of("ingest", "--data", d, "--threads", "many", f));
        m.put("bench --articles", List.of("bench", "--articles", "0"));
        m.put("bench --warmup", List.of("bench", "--warmup", "-1"));
        m.put("bench --seed", List.of("bench", "--seed", "seven"));
        m.put("bench --dictionaries", List.of("bench", "--dictionaries", none));
        m.put("bench --threads", List.of("bench", "--threads", "300"));
        m.put("bench --jit-quiet", List.of("bench", "--jit-quiet", "101"));
        m.put("bench --max-warmup", List.of("bench", "--warmup", "30", "--max-warmup", "20"));
        m.put("bench --rounds", List.of("bench", "--rounds", "0"));
        m.put("ingest --data", List.of("ingest", "--data", f, f));
        m.put("ingest --db", List.of("ingest", "--db", "postgres://host/db", f));
        m.put("ingest --input-format", List.of("ingest", "--data", d, "--input-format", "pdf", f));
        m.put("ingest --timeout", List.of("ingest", "--data", d, "--timeout", "0", f));
        m.put("ingest --dictionaries", List.of("ingest", "--data", d, "--dictionaries", none, f));
        m.put("events --actor", List.of("events", "--data", d, "--actor", "RUS MIL"));
        m.put("events --country", List.of("events", "--data", d, "--country", "XX"));
        m.put("events --from", List.of("events", "--data", d, "--from", "2024-02-30"));
        m.put("events --to", List.of("events", "--data", d, "--to", "yesterday"));
        m.put("events --root", List.of("events", "--data", d, "--root", "25"));
        m.put("events --status", List.of("events", "--data", d, "--status", "bogus"));
        m.put("events --near", List.of("events", "--data", d, "--near", "40.1,47.2"));
        m.put("events --text", List.of("events", "--data", d, "--text", "a b c d e f g h i"));
        m.put("events --limit", List.of("events", "--data", d, "--limit", "-1"));
        m.put("events --format", List.of("events", "--data", d, "--format", "xml"));
        m.put("events --data", List.of("events", "--data", f));
        m.put("events --db", List.of("events", "--db", "h2:mem:x"));
        m.put("watch --data", List.of("watch", "--data", f));
        m.put("watch --db", List.of("watch", "--db", "localhost:5432/db"));
        for (String c : List.of("claims", "actors", "places", "quotes", "sources", "names")) {
            m.put(c + " --data", List.of(c, "--data", f));
            m.put(c + " --db", List.of(c, "--db", "localhost:5432/db"));
            m.put(c + " --format", List.of(c, "--data", d, "--format", "xml"));
        }
        for (String c : List.of("ingest", "events", "claims", "actors", "places", "quotes", "export", "serve", "watch", "sources", "names")) {
            List<String> tail = c.equals("export") ? List.of("--format", "geojson", "--out", out) : c.equals("ingest") ? List.of(f) : List.of();
            List<String> user = new ArrayList<>(List.of(c, "--data", d, "--db-user", " "));
            user.addAll(tail);
            m.put(c + " --db-user", user);
            List<String> file = new ArrayList<>(List.of(c, "--data", d, "--db-password-file", dir.toString()));
            file.addAll(tail);
            m.put(c + " --db-password-file", file);
        }
        for (String c : List.of("extract", "ingest")) {
            List<String> head = c.equals("ingest") ? List.of(c, "--data", d) : List.of(c);
            String[][] limits = {{"--limits", none}, {"--max-chars", "0"}, {"--max-sentences", "-1"}, {"--max-parse-tokens", "x"}, {"--max-events", "0"}};
            for (String[] l : limits) {
                List<String> line = new ArrayList<>(head);
                line.addAll(List.of(l[0], l[1], f));
                m.put(c + " " + l[0], line);
            }
        }
        m.put("watch --dyad", List.of("watch", "--data", d, "--dyad", "ARM"));
        m.put("watch --region", List.of("watch", "--data", d, "--region", " "));
        m.put("watch --since", List.of("watch", "--data", d, "--since", "2024-02-30"));
        m.put("watch --format", List.of("watch", "--data", d, "--format", "xml"));
        m.put("watch --seeds", List.of("watch", "--backtest", "--seeds", "1,x"));
        m.put("watch --episodes", List.of("watch", "--backtest", "--episodes", "0"));
        m.put("watch --articles", List.of("watch", "--backtest", "--articles", "-3"));
        m.put("sources --country", List.of("sources", "--data", d, "--country", "XX"));
        m.put("names --place", List.of("names", "--data", d, "--place", " "));
        m.put("serve --allow-host", List.of("serve", "--data", d, "--allow-host", " "));
        m.put("serve --ingest-workers", List.of("serve", "--data", d, "--ingest-workers", "0"));
        m.put("serve --ingest-queue", List.of("serve", "--data", d, "--ingest-queue", "-1"));
        m.put("evaluate --gold", List.of("evaluate", "--gold", none));
        m.put("evaluate --pred", List.of("evaluate", "--gold", dir.toString(), "--pred", none));
        m.put("evaluate --dictionaries", List.of("evaluate", "--gold", dir.toString(), "--dictionaries", none));
        m.put("export --format", List.of("export", "--data", d, "--format", "kml", "--out", out));
        m.put("export --out", List.of("export", "--data", d, "--format", "geojson", "--out", dir.toString()));
        m.put("export --data", List.of("export", "--data", f, "--format", "geojson", "--out", out));
        m.put("export --db", List.of("export", "--db", "", "--format", "geojson", "--out", out));
        m.put("generate --articles", List.of("generate", "--articles", "0", "--out", out));
        m.put("generate --seed", List.of("generate", "--seed", "1.5", "--out", out));
        m.put("generate --escalations", List.of("generate", "--escalations", "-1", "--out", out));
        m.put("generate --days", List.of("generate", "--escalations", "3", "--days", "0", "--out", out));
        m.put("generate --out", List.of("generate", "--articles", "1", "--out", f));
        m.put("store-bench --articles", List.of("store-bench", "--articles", "-5"));
        m.put("store-bench --seed", List.of("store-bench", "--seed", "x"));
        m.put("store-bench --coder", List.of("store-bench", "--coder", "gold"));
        m.put("store-bench --data", List.of("store-bench", "--data", f));
        m.put("store-bench --db", List.of("store-bench", "--db", "postgresql://host/db"));
        m.put("serve --port", List.of("serve", "--data", d, "--port", "70000"));
        m.put("serve --host", List.of("serve", "--data", d, "--host", "not a host"));
        m.put("serve --data", List.of("serve", "--data", f));
        m.put("serve --db", List.of("serve", "--db", "jdbc:"));
        m.put("api-bench --events", List.of("api-bench", "--events", "0"));
        m.put("api-bench --requests", List.of("api-bench", "--requests", "none"));
        m.put("api-bench --limit", List.of("api-bench", "--limit", "100000"));
        m.put("api-bench --seed", List.of("api-bench", "--seed", ""));
        m.put("api-bench --data", List.of("api-bench", "--data", f));
        return m;
    }

    @Test
    void everyOptionThatTakesAValueHasABadValueCase() {
        TreeSet<String> valued = new TreeSet<>();
        for (CommandSpec c : commands())
            for (OptionSpec o : c.options())
                if (o.arity().max() > 0 && !o.usageHelp() && !o.versionHelp())
                    valued.add(c.name() + " " + o.longestName());
        assertEquals(valued, new TreeSet<>(badValues().keySet()), "each option that takes a value has a case below");
    }

    @Test
    void aBadValueOfAnyOptionIsAUsageErrorNamingIt() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : badValues().entrySet()) {
            MainTest.Result r = MainTest.run(e.getValue().toArray(String[]::new));
            String option = e.getKey().substring(e.getKey().indexOf(' ') + 1);
            if (r.code() != 2) wrong.add(e.getValue() + ": exit " + r.code() + ", " + r.err().strip());
            else if (!r.err().contains(option)) wrong.add(e.getValue() + ": the message does not name " + option + ": " + r.err().strip());
            else if (!r.err().startsWith("faultline: ") || !r.err().contains("--help' for more information."))
                wrong.add(e.getValue() + ": not a usage message: " + r.err().strip());
        }
        assertEquals(List.of(), wrong, "bad option values that were not usage errors naming the option");
        assertFalse(Files.exists(data), "no store was created by a rejected command line");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(aFile), left.toList(), "nothing was written");
        }
    }

    @Test
    void theReadmeIssueExamplesAreUsageErrors() {
        for (String[] args : List.of(new String[]{"events", "--root", "25"}, new String[]{"events", "--status", "bogus"},
                new String[]{"events", "--country", "XX"})) {
            MainTest.Result r = MainTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("'" + args[2] + "'"), r.err());
        }
    }
}
