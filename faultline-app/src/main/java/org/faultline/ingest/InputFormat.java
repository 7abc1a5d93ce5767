package org.faultline.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How an input is read. Each format names its reader; {@link #AUTO} picks one from the file name or, failing
 * that, from the first bytes. Feeds (RSS, Atom) come as further constants with their own reader.
 */
public enum InputFormat {
    /** Chosen per input: by extension (.jsonl, .html, .txt), else by sniffing the content. */
    AUTO(null),
    /** The whole input is one article (a sibling NAME.meta, "date TAB outlet TAB url", adds its metadata). */
    TEXT(new TextReader()),
    /** One JSON object per line: {"id", "text", "date" or "published", "outlet", "title", "url"}. */
    JSONL(new JsonlReader()),
    /** A web page: the article body, title, publication date and site name from its markup. */
    HTML(new HtmlReader());

    private final ArticleReader reader;

    InputFormat(ArticleReader reader) {
        this.reader = reader;
    }

    ArticleReader reader() {
        return reader;
    }

    /** The format called {@code name} (any case), e.g. "jsonl". */
    public static InputFormat named(String name) {
        if (name == null) throw new IllegalArgumentException("input format must not be null");
        for (InputFormat f : values()) if (f.name().equalsIgnoreCase(name.trim())) return f;
        throw new IllegalArgumentException("input format '" + name + "' is not one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
