package org.faultline.model;

import java.util.List;
import java.util.Locale;

/**
 * Caps on the work one article may cost, so that no input runs away. The defaults are far above a real article
 * (a few thousand words, a few hundred sentences): they only stop pathological inputs.
 *
 * @param maxChars       characters of text annotated and coded; a longer text is cut at the last line break or space
 *                       before the cap, and its last sentence, if the cut left it unfinished, is left out
 * @param maxSentences   distinct sentences annotated and coded; those after are left out (a sentence repeated word
 *                       for word is coded once and counts once)
 * @param maxParseTokens the longest sentence, in tokens, given to the dependency parser; a longer one keeps its
 *                       tokens, tags and named entities but gets no parse, so it can hold no event or claim
 * @param maxEvents      events kept per document, in text order; claims about the events left out lose that link
 */
public record Limits(int maxChars, int maxSentences, int maxParseTokens, int maxEvents) {
    /** The names of the limits, as options and properties-file keys take them. */
    public static final String MAX_CHARS = "max-chars", MAX_SENTENCES = "max-sentences",
            MAX_PARSE_TOKENS = "max-parse-tokens", MAX_EVENTS = "max-events";

    /** The default of each limit. */
    public static final int DEFAULT_MAX_CHARS = 500_000, DEFAULT_MAX_SENTENCES = 2_000, DEFAULT_MAX_PARSE_TOKENS = 150,
            DEFAULT_MAX_EVENTS = 500;

    /** 500,000 characters, 2,000 distinct sentences, 150 tokens per parsed sentence, 500 events. */
    public static final Limits DEFAULTS = new Limits(DEFAULT_MAX_CHARS, DEFAULT_MAX_SENTENCES, DEFAULT_MAX_PARSE_TOKENS,
            DEFAULT_MAX_EVENTS);

    public Limits {
        positive(MAX_CHARS, maxChars);
        positive(MAX_SENTENCES, maxSentences);
        positive(MAX_PARSE_TOKENS, maxParseTokens);
        positive(MAX_EVENTS, maxEvents);
    }

    private static void positive(String name, long value) {
        if (value < 1) throw new IllegalArgumentException(name + " " + value + " is not positive");
    }

    /** Every limit's name, in a fixed order. */
    public static List<String> names() {
        return List.of(MAX_CHARS, MAX_SENTENCES, MAX_PARSE_TOKENS, MAX_EVENTS);
    }

    /** The value of the limit {@code name} (one of {@link #names()}). */
    public int get(String name) {
        return switch (known(name)) {
            case MAX_CHARS -> maxChars;
            case MAX_SENTENCES -> maxSentences;
            case MAX_PARSE_TOKENS -> maxParseTokens;
            default -> maxEvents;
        };
    }

    /** These limits with {@code name} (one of {@link #names()}) set to {@code value}. */
    public Limits with(String name, int value) {
        return switch (known(name)) {
            case MAX_CHARS -> new Limits(value, maxSentences, maxParseTokens, maxEvents);
            case MAX_SENTENCES -> new Limits(maxChars, value, maxParseTokens, maxEvents);
            case MAX_PARSE_TOKENS -> new Limits(maxChars, maxSentences, value, maxEvents);
            default -> new Limits(maxChars, maxSentences, maxParseTokens, value);
        };
    }

    private static String known(String name) {
        String n = name == null ? null : name.trim().toLowerCase(Locale.ROOT);
        if (n == null || !names().contains(n))
            throw new IllegalArgumentException("limit '" + name + "' is not one of " + String.join(", ", names()));
        return n;
    }

    @Override
    public String toString() {
        return MAX_CHARS + "=" + maxChars + " " + MAX_SENTENCES + "=" + maxSentences + " " + MAX_PARSE_TOKENS + "="
                + maxParseTokens + " " + MAX_EVENTS + "=" + maxEvents;
    }
}
