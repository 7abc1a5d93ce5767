package org.faultline.cli;

import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code faultline generate --articles N --out DIR}: a synthetic corpus with its answer key. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a synthetic corpus of invented reports with its answer key.",
                "DIR/articles.jsonl holds the reports of invented incidents in real places, several per incident, some "
                        + "denied; DIR/incidents.jsonl the incidents; DIR/events.jsonl the answer key of every event the "
                        + "articles express (incidents, accusations, demands)."})
final class GenerateCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", converter = OptionValues.Positive.class,
            description = "Articles to write (default: ${DEFAULT-VALUE}).")
    int articles;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "7",
            description = "Seed of the random choices; one seed always gives the same corpus (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--out", required = true, paramLabel = "DIR", converter = OptionValues.Folder.class,
            description = "The folder to write the three files to (created if missing).")
    Path dir;
    @Option(names = "--escalations", paramLabel = "N", defaultValue = "0", converter = OptionValues.NotNegative.class,
            description = "Inject N escalation episodes (five-day ramps of violent incidents on one dyad) into a calm"
                    + " background of --days days; writes DIR/episodes.jsonl too.")
    int escalations;
    @Option(names = "--days", paramLabel = "D", defaultValue = "365", converter = OptionValues.Positive.class,
            description = "Background length in days with --escalations (default: ${DEFAULT-VALUE}).")
    int days;

    GenerateCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        Corpus c = escalations > 0
                ? CorpusGenerator.generate(seed, articles, new org.faultline.corpus.Escalations(escalations, 5, 5, days))
                : CorpusGenerator.generate(seed, articles);
        c.write(dir);
        out.println("wrote " + c.articles().size() + " articles about " + c.incidents().size() + " incidents ("
                + c.events().size() + " known events) to " + dir.resolve(Corpus.ARTICLES_FILE) + ", "
                + dir.resolve(Corpus.KEY_FILE) + " and " + dir.resolve(Corpus.EVENTS_FILE)
                + (c.episodes().isEmpty() ? "" : ", with " + c.episodes().size() + " escalation episodes in "
                + dir.resolve(Corpus.EPISODES_FILE)));
        return Main.OK;
    }
}
