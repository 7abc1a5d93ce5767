package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.faultline.Faultline;
import org.faultline.evaluate.BadFileException;
import org.faultline.evaluate.GoldFiles;
import org.faultline.evaluate.Report;
import org.faultline.evaluate.Scorer;
import org.faultline.ingest.InputFormat;
import org.faultline.ingest.Inputs;
import org.faultline.ingest.ReadOptions;
import org.faultline.model.CodingConventions;
import org.faultline.model.Document;
import org.faultline.model.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code faultline evaluate}: extracts every article of a gold folder and scores it against its gold annotation, with
 * the measures of the reference scorer ({@link Scorer}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores faultline on your own annotated articles, with the measures of the shared scorer.",
                "It extracts DIR/NAME.txt (dated by NAME.meta) for every DIR/NAME.gold.json and prints precision, recall "
                        + "and F1 of events, claims, quotes and relations, attribute accuracy and place figures, per article "
                        + "and macro-averaged; the last line is events.f1.",
                "A bad gold file is reported with its line and column and left out; the exit code is then 1.",
                "The gold format is in docs/evaluate.md."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", required = true, converter = OptionValues.ExistingFolder.class,
            description = "Folder of NAME.txt, NAME.meta (date TAB outlet TAB url) and NAME.gold.json.")
    Path gold;

    @Option(names = "--pred", paramLabel = "DIR", converter = OptionValues.ExistingFolder.class,
            description = "Score the Document JSON files DIR/NAME.json (as 'extract --out DIR' writes them) instead of extracting.")
    Path pred;

    @Option(names = "--explain", description = "First list, per article, the required gold items missed and the false predictions.")
    boolean explain;

    @Option(names = "--json", description = "Print the figures as JSON: {\"documents\": {NAME: {...}}, \"macro\": {...}}.")
    boolean json;

    @Option(names = "--strict", description = "Count a repeat of a fact already found (a headline restating the lead) as a false positive.")
    boolean strict;

    @Option(names = "--dictionaries", paramLabel = "DIR", converter = OptionValues.ExistingFolder.class,
            description = "A folder of TABARI/PETRARCH dictionaries added to the bundled ones (as for extract).")
    Path dictionaries;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private Faultline pipeline;

    EvaluateCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!Files.isDirectory(gold)) throw new CommandLine.ParameterException(cl, "--gold '" + gold + "' is not a directory");
        if (pred != null && !Files.isDirectory(pred)) throw new CommandLine.ParameterException(cl, "--pred '" + pred + "' is not a directory");
        if (pred != null && dictionaries != null)
            throw new CommandLine.ParameterException(cl, "--dictionaries applies to extraction; it has no use with --pred");
        if (dictionaries != null && !Files.isDirectory(dictionaries))
            throw new CommandLine.ParameterException(cl, "--dictionaries '" + dictionaries + "' is not a directory");

        List<String> names;
        try {
            names = GoldFiles.names(gold);
            if (pred == null) noteTextsWithoutGold(names);
        } catch (IOException e) {
            stderr.println("faultline: " + gold + ": cannot list the folder: " + e.getMessage());
            return Main.FAILED;
        }
        if (names.isEmpty()) {
            stderr.println("faultline: " + gold + ": no NAME" + GoldFiles.GOLD_SUFFIX + " files to score");
            return Main.FAILED;
        }

        Scorer scorer = new Scorer(strict);
        Report report = new Report();
        List<String> explanation = new ArrayList<>();
        int failed = 0;
        for (String name : names) {
            JsonNode goldJson, predicted;
            try {
                goldJson = GoldFiles.readGold(gold.resolve(name + GoldFiles.GOLD_SUFFIX));
                predicted = pred != null ? predictionFile(name) : extract(gold.resolve(name + ".txt"));
            } catch (BadFileException e) {
                stderr.println("faultline: " + e.getMessage());
                failed++;
                continue;
            } catch (PipelineUnavailable e) {
                stderr.println("faultline: cannot load the pipeline: " + e.getMessage());
                return Main.FAILED;
            }
            report.add(name, scorer.score(goldJson, predicted));
            if (explain) explanation.addAll(scorer.explain(name, goldJson, predicted));
        }

        for (String line : explanation) stdout.println(line);
        if (json) stdout.print(report.json());
        else stdout.print(report.text());
        stdout.flush();
        if (failed > 0)
            stderr.println("faultline: " + failed + " of " + names.size() + " article" + (names.size() == 1 ? "" : "s")
                    + " could not be scored and " + (failed == 1 ? "is" : "are") + " left out of the figures");
        return failed == 0 ? Main.OK : Main.FAILED;
    }

    /** PRED/NAME.json; a missing file is an article where nothing was found, as in the reference scorer. */
    private JsonNode predictionFile(String name) throws BadFileException {
        Path file = pred.resolve(name + ".json");
        if (Files.exists(file)) return GoldFiles.readPrediction(file);
        stderr.println("faultline: " + file + ": no such file; " + name + " is scored as having no predictions");
        return JsonNodeFactory.instance.objectNode();
    }

    /** The Document JSON of one article read with its NAME.meta, extracted in memory. */
    private JsonNode extract(Path text) throws BadFileException {
        if (!Files.isRegularFile(text))
            throw new BadFileException(text + ": no such file; the gold file beside it needs its article text");
        String name = text.getFileName().toString();
        Path meta = text.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".meta");
        if (!Files.isRegularFile(meta))
            stderr.println("faultline: " + meta + ": no such file; relative dates in " + name + " resolve against the latest full date in its text");
        ReadResult r = Inputs.read(text.toString(), InputFormat.TEXT, null, ReadOptions.defaults()).get(0);
        if (!r.ok()) throw new BadFileException(r.error().toString());
        Document d;
        try {
            d = pipeline().process(r.article(), CodingConventions.FAULTLINE);
        } catch (PipelineUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BadFileException(text + ": cannot extract: " + e);
        }
        return GoldFiles.prediction(d);
    }

    /** The pipeline, loaded on first use: CoreNLP and the dictionaries load once per process. */
    private Faultline pipeline() {
        if (pipeline == null) {
            try {
                pipeline = Faultline.create(dictionaries);
            } catch (RuntimeException e) {
                throw new PipelineUnavailable(e);
            }
            if (dictionaries != null) for (String line : pipeline.lexicon().dictionaryReport()) stderr.println("faultline: " + line);
        }
        return pipeline;
    }

    /** The dictionaries or models could not be loaded: no article can be extracted. */
    private static final class PipelineUnavailable extends RuntimeException {
        PipelineUnavailable(RuntimeException cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }

    /** Articles that have no gold file are named on stderr, so a misspelt gold file does not go unnoticed. */
    private void noteTextsWithoutGold(List<String> names) throws IOException {
        Set<String> scored = new HashSet<>(names);
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> !scored.contains(n)).sorted().forEach(missing::add);
        }
        for (String n : missing)
            stderr.println("faultline: " + gold.resolve(n + ".txt") + ": no " + n + GoldFiles.GOLD_SUFFIX + " beside it; not scored");
    }
}
