package org.faultline.cli;

import org.faultline.model.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The per-article limits ({@link Limits}), shared by the commands that run the pipeline: the defaults, then a
 * properties file ({@code --limits FILE}: {@code max-chars=...} lines), then one option per limit, each overriding the
 * one before.
 */
final class LimitOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--limits", paramLabel = "FILE",
            description = "A properties file of per-article limits (max-chars, max-sentences, max-parse-tokens, max-events).")
    Path file;

    @Option(names = "--max-chars", paramLabel = "N", description = "Characters coded per article (default: " + Limits.DEFAULT_MAX_CHARS + ").")
    Integer maxChars;

    @Option(names = "--max-sentences", paramLabel = "N", description = "Distinct sentences coded per article (default: " + Limits.DEFAULT_MAX_SENTENCES + ").")
    Integer maxSentences;

    @Option(names = "--max-parse-tokens", paramLabel = "N",
            description = "Longest sentence, in tokens, given to the parser (default: " + Limits.DEFAULT_MAX_PARSE_TOKENS + ").")
    Integer maxParseTokens;

    @Option(names = "--max-events", paramLabel = "N", description = "Events kept per article (default: " + Limits.DEFAULT_MAX_EVENTS + ").")
    Integer maxEvents;

    /** The limits the options give; a bad file or value is a usage error naming it. */
    Limits limits() {
        Limits limits = Limits.DEFAULTS;
        if (file != null) limits = fromFile(limits);
        limits = set(limits, Limits.MAX_CHARS, maxChars, "--max-chars");
        limits = set(limits, Limits.MAX_SENTENCES, maxSentences, "--max-sentences");
        limits = set(limits, Limits.MAX_PARSE_TOKENS, maxParseTokens, "--max-parse-tokens");
        return set(limits, Limits.MAX_EVENTS, maxEvents, "--max-events");
    }

    private Limits set(Limits limits, String name, Integer value, String option) {
        if (value == null) return limits;
        try {
            return limits.with(name, value);
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private Limits fromFile(Limits limits) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw usage("--limits " + file + ": cannot read: " + e.getMessage());
        }
        Limits out = limits;
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            String value = p.getProperty(key).trim();
            int n;
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw usage("--limits " + file + ": " + key + " '" + value + "' is not a whole number");
            }
            try {
                out = out.with(key, n);
            } catch (IllegalArgumentException e) {
                throw usage("--limits " + file + ": " + e.getMessage());
            }
        }
        return out;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
