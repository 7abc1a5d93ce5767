package org.faultline.ingest;

import org.faultline.model.ReadResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Reads RSS and Atom feeds (from files or http(s) addresses) and web pages (http(s) addresses of HTML pages). A
 * feed gives one article per entry; an entry that only carries a teaser is read from the page it links to. A dead
 * feed or an unreachable page is one error naming it, so a batch goes on.
 * <pre>{@code
 * WebInputs web = WebInputs.withTimeout(Duration.ofSeconds(20));
 * for (ReadResult r : web.read("https://example.org/news.rss", ReadOptions.defaults())) ...
 * }</pre>
 */
public final class WebInputs {
    /** A whole feed may be much bigger than one article. */
    private static final long MAX_FEED_BYTES = 64L * 1024 * 1024;

    private final UrlFetcher fetcher;

    private WebInputs(UrlFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** Fetches with this limit on connecting and on each answer. */
    public static WebInputs withTimeout(Duration timeout) {
        return new WebInputs(new UrlFetcher(timeout));
    }

    /** Whether {@code input} is an http(s) address rather than a file. */
    public static boolean isUrl(String input) {
        return UrlFetcher.isUrl(input);
    }

    /** Whether the file is an RSS or Atom feed: .rss or .atom, or an .xml (or extension-less) file with a feed root. */
    public static boolean isFeedFile(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".rss") || n.endsWith(".atom")) return true;
        if (!(n.endsWith(".xml") || !n.contains(".")) || !Files.isRegularFile(file)) return false;
        try (InputStream in = Files.newInputStream(file)) {
            return FeedReader.looksLikeFeed(in.readNBytes(2048));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads a feed file, a feed address or a web page address.
     *
     * @return one result per feed entry, or one for a page; never empty; a failure names the input
     */
    public List<ReadResult> read(String fileOrUrl, ReadOptions options) {
        if (fileOrUrl == null || fileOrUrl.isBlank()) throw new IllegalArgumentException("input name '" + fileOrUrl + "' is empty");
        if (options == null) throw new IllegalArgumentException("read options must not be null");
        if (!isUrl(fileOrUrl)) {
            Path p = Path.of(fileOrUrl);
            try {
                if (!Files.isRegularFile(p)) return List.of(ReadResult.failed(fileOrUrl, null, "no such file"));
                if (Files.size(p) > MAX_FEED_BYTES)
                    return List.of(ReadResult.failed(fileOrUrl, null, "the feed is larger than the limit of " + TextChecks.limit(MAX_FEED_BYTES)));
                return new FeedReader(fetcher).read(new RawInput(fileOrUrl, p, Files.readAllBytes(p), null), options);
            } catch (IOException e) {
                return List.of(ReadResult.failed(fileOrUrl, null, "cannot read it: " + e.getMessage()));
            }
        }
        UrlFetcher.Fetched got;
        try {
            got = fetcher.fetch(fileOrUrl, MAX_FEED_BYTES);
        } catch (UrlFetcher.FetchException e) {
            return List.of(ReadResult.failed(fileOrUrl, null, e.getMessage()));
        }
        RawInput raw = new RawInput(fileOrUrl, null, got.bytes(), null);
        if (isFeedType(got.mediaType()) || FeedReader.looksLikeFeed(got.bytes())) return new FeedReader(fetcher).read(raw, options);
        if (got.bytes().length > options.maxArticleBytes() * 4)
            return List.of(ReadResult.failed(fileOrUrl, null, "the page is larger than the limit of " + TextChecks.limit(options.maxArticleBytes() * 4)));
        List<ReadResult> page = InputFormat.HTML.reader().read(raw, options);
        return page.stream().map(r -> r.ok() && r.article().url() == null
                ? ReadResult.ok(new org.faultline.model.Article(r.article().id(), r.article().source(), r.article().text(),
                        r.article().published(), r.article().publishedSource(), r.article().outlet(), r.article().title(), got.finalUrl()))
                : r).toList();
    }

    private static boolean isFeedType(String mediaType) {
        return mediaType != null && (mediaType.equals("application/rss+xml") || mediaType.equals("application/atom+xml")
                || mediaType.equals("application/rdf+xml"));
    }
}
