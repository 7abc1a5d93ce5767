package org.faultline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.faultline.model.Article;
import org.faultline.model.ReadResult;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads an RSS or Atom feed (Rome) into one article per entry: the entry's full content, or its summary, as plain
 * text; its title, link and publication date; the feed's title as the outlet. An entry whose feed text is short (a
 * teaser) and that links to an http(s) page is read from that page instead when a fetcher is given; a page that
 * cannot be fetched is an error naming the entry, and the other entries go on.
 */
final class FeedReader implements ArticleReader {
    /** Feed text shorter than this is taken for a teaser of the linked page. */
    static final int TEASER_CHARS = 400;

    private final UrlFetcher pages;

    /** @param pages fetches the pages entries link to, or null to read the feed's own text only */
    FeedReader(UrlFetcher pages) {
        this.pages = pages;
    }

    /** Whether the bytes are a feed: an {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>} root after any prolog. */
    static boolean looksLikeFeed(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        head = head.replaceAll("(?s)<\\?xml.*?\\?>", "").replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<\\?xml-stylesheet.*?\\?>", "")
                .replaceFirst("^\\ufeff", "").replaceFirst("^\u00ef\u00bb\u00bf", "").strip();
        return head.startsWith("<rss") || head.startsWith("<feed") || head.startsWith("<rdf:rdf");
    }

    @Override
    public List<ReadResult> read(RawInput input, ReadOptions options) {
        SyndFeed feed;
        try {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false);
            feed = parser.build(new XmlReader(new ByteArrayInputStream(input.bytes())));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
            return List.of(ReadResult.failed(input.name(), null, "not a readable RSS or Atom feed: " + why));
        }
        String outlet = blankToNull(feed.getTitle());
        List<ReadResult> out = new ArrayList<>();
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) return List.of(ReadResult.failed(input.name(), null, "the feed has no entries"));
        for (int i = 0; i < entries.size(); i++) out.add(entry(input.name(), i + 1, entries.get(i), outlet, options));
        return out;
    }

    private ReadResult entry(String feedName, int n, SyndEntry e, String outlet, ReadOptions options) {
        String where = "entry " + n;
        String link = blankToNull(e.getLink());
        String title = blankToNull(e.getTitle());
        LocalDate published = day(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
        String source = feedName + "#" + n;
        String text = feedText(e);
        if (text.length() < TEASER_CHARS && pages != null && UrlFetcher.isUrl(link)) {
            try {
                UrlFetcher.Fetched page = pages.fetch(link, options.maxArticleBytes() * 4);
                RawInput raw = new RawInput(link, null, page.bytes(), null);
                ReadResult r = InputFormat.HTML.reader().read(raw, options).get(0);
                if (!r.ok()) return ReadResult.failed(feedName, where + " (" + link + ")", r.error().reason());
                Article a = r.article();
                return ReadResult.ok(new Article(a.id(), source, a.text(), published != null ? published : a.published(),
                        published != null ? "feed" : a.publishedSource(), outlet != null ? outlet : a.outlet(),
                        title != null ? title : a.title(), page.finalUrl()));
            } catch (UrlFetcher.FetchException ex) {
                if (text.isBlank()) return ReadResult.failed(feedName, where + " (" + link + ")", ex.getMessage());
                // the teaser is all there is; keep it
            }
        }
        if (text.isBlank()) return ReadResult.failed(feedName, where, "the entry has no text" + (link == null ? "" : " and its link was not read"));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        TextChecks.Decoded d = TextChecks.decode(bytes, 0, bytes.length, 0, 1, options);
        if (!d.ok()) return ReadResult.failed(feedName, where, d.reason());
        return ReadResult.ok(new Article(ContentHash.of(d.text()), source, d.text(), published, published == null ? null : "feed",
                outlet, title, link));
    }

    /** The full content when the entry has it, else the summary; markup turned into paragraphs of plain text. */
    private static String feedText(SyndEntry e) {
        StringBuilder html = new StringBuilder();
        for (SyndContent c : e.getContents()) if (c.getValue() != null) html.append(c.getValue()).append('\n');
        if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null)
            html.append(e.getDescription().getValue());
        return plain(html.toString());
    }

    /** Paragraph and line breaks kept as blank lines, everything else as its text. */
    static String plain(String htmlOrText) {
        if (htmlOrText.isBlank()) return "";
        if (!htmlOrText.contains("<")) return htmlOrText.strip();
        var doc = Jsoup.parseBodyFragment(htmlOrText);
        doc.select("script, style").remove();
        doc.select("br").after("\\n");
        doc.select("p, div, li, h1, h2, h3, h4, blockquote").after("\\n\\n");
        String text = doc.body().wholeText().isBlank() ? "" : doc.body().text();
        return text.replace("\\n", "\n").replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static LocalDate day(Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
