package org.faultline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import org.faultline.model.Article;
import org.faultline.model.ReadResult;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
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
        String xml;
        try (Reader r = new XmlReader(new ByteArrayInputStream(input.bytes()))) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            xml = w.toString();
        } catch (IOException | IllegalArgumentException e) {
            return List.of(ReadResult.failed(input.name(), null, "not a readable RSS or Atom feed: " + words(e)));
        }
        Parsed whole;
        try {
            whole = Parsed.of(xml, SecureParser.builder());
        } catch (Unreadable e) {
            return itemByItem(input, xml, e, options);
        }
        List<SyndEntry> entries = whole.feed().getEntries();
        if (entries.isEmpty()) return List.of(ReadResult.failed(input.name(), null, "the feed has no entries"));
        String outlet = blankToNull(whole.feed().getTitle());
        List<ReadResult> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Element item = whole.items().size() == entries.size() ? whole.items().get(i) : null;
            out.add(checked(input.name(), i + 1, -1, entries.get(i), item, whole.feed(), outlet, options));
        }
        return out;
    }

    /**
     * The feed as a whole is not well-formed XML. Most often one entry is at fault (an entity no DTD declares, a
     * stray control character, a tag left open in a description): so the entries are cut out of the text and each is
     * parsed on its own, inside the feed's own head and tail. Each bad one is an error naming its number, line and
     * the parser's reason; the good ones are read. When the head and tail themselves do not parse, the feed is refused.
     */
    private List<ReadResult> itemByItem(RawInput input, String xml, Unreadable whole, ReadOptions options) {
        List<ItemSpans.Span> spans = ItemSpans.find(xml);
        ReadResult refused = ReadResult.failed(input.name(), whole.line > 0 ? "line " + whole.line : null,
                "not a readable RSS or Atom feed: " + whole.getMessage());
        if (spans.isEmpty()) return List.of(refused);
        String head = xml.substring(0, spans.get(0).start());
        String tail = xml.substring(spans.get(spans.size() - 1).end());
        org.jdom2.input.SAXBuilder builder = SecureParser.builder();   // one parser for all the entries
        Parsed shell;
        try {
            shell = Parsed.of(head + tail, builder);
        } catch (Unreadable e) {
            return List.of(refused);
        }
        String outlet = blankToNull(shell.feed().getTitle());
        ItemSpans.Lines lines = new ItemSpans.Lines(xml);
        int headLine = lines.at(spans.get(0).start());
        List<ReadResult> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            ItemSpans.Span span = spans.get(k);
            int line = lines.at(span.start());
            if (!span.closed()) {
                out.add(ReadResult.failed(input.name(), "entry " + (k + 1) + ", line " + line, "the entry has no closing tag"));
                continue;
            }
            String item = xml.substring(span.start(), span.end());
            try {
                Parsed one = Parsed.of(head + item + tail, builder);
                if (one.feed().getEntries().size() != 1) {
                    out.add(ReadResult.failed(input.name(), "entry " + (k + 1) + ", line " + line, "not an entry of this feed"));
                    continue;
                }
                Element element = one.items().size() == 1 ? one.items().get(0) : null;
                out.add(checked(input.name(), k + 1, line, one.feed().getEntries().get(0), element, shell.feed(), outlet, options));
            } catch (Unreadable e) {
                // the item sits where the head ends: a line of the parse past the head is that many lines into the item
                int at = e.line >= headLine ? line + e.line - headLine : line;
                int itemLines = (int) item.chars().filter(c -> c == '\n').count();
                if (at > line + itemLines) at = line;
                out.add(ReadResult.failed(input.name(), "entry " + (k + 1) + ", line " + at, e.getMessage()));
            }
        }
        return out;
    }

    /**
     * An entry, unless what it states cannot be read: a date element Rome reads no date from ("pubDate 'Someday' is not
     * a date"), or a link that is not an http(s) address. Such an entry is an error naming it; the others go on.
     */
    private ReadResult checked(String feedName, int n, int line, SyndEntry e, Element item, SyndFeed feed, String outlet,
                               ReadOptions options) {
        String where = "entry " + n + (line > 0 ? ", line " + line : "");
        if (item != null && day(e.getPublishedDate()) == null && day(e.getUpdatedDate()) == null) {
            boolean read = e.getPublishedDate() != null || e.getUpdatedDate() != null;
            for (Element child : item.getChildren()) {
                if (!DATE_ELEMENTS.contains(child.getName()) || child.getTextTrim().isEmpty()) continue;
                return ReadResult.failed(feedName, where, child.getQualifiedName() + " '" + child.getTextTrim() + "' is not a date "
                        + (read ? "of the years 1 to 9999" : "(RFC 822 as in RSS, or ISO 8601 as in Atom)"));
            }
        }
        String link = blankToNull(e.getLink());
        if (link != null) {
            String absolute = absolute(link, blankToNull(feed.getLink()));
            if (absolute == null) return ReadResult.failed(feedName, where, "link '" + link + "' is not an http(s) address");
            if (!absolute.equals(link)) e.setLink(absolute);
        }
        return entry(feedName, n, e, outlet, options);
    }

    /** Elements whose text is an entry's date, by local name: RSS pubDate, Dublin Core date, Atom published and updated. */
    private static final java.util.Set<String> DATE_ELEMENTS = java.util.Set.of("pubDate", "date", "published", "updated", "issued", "modified");

    /** {@code link} as an absolute http(s) address (resolved against the feed's own link when relative), or null. */
    static String absolute(String link, String base) {
        try {
            URI u = new URI(link.strip());
            if (!u.isAbsolute() && base != null && UrlFetcher.isUrl(base)) u = new URI(base).resolve(u);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) return null;
            return u.toString();
        } catch (URISyntaxException | IllegalArgumentException ex) {
            return null;
        }
    }

    /** A parsed feed with its entry elements in document order (empty when they cannot be told apart). */
    private record Parsed(SyndFeed feed, List<Element> items) {
        static Parsed of(String xml, org.jdom2.input.SAXBuilder builder) throws Unreadable {
            org.jdom2.Document doc;
            try {
                doc = builder.build(new XmlFixerReader(new StringReader(xml)));
            } catch (JDOMParseException e) {
                Throwable c = e.getCause() != null ? e.getCause() : e;
                throw new Unreadable(c.getMessage() == null ? words(e) : c.getMessage().replaceAll("\\s+", " "), e.getLineNumber());
            } catch (JDOMException | IOException e) {
                throw new Unreadable(words(e), -1);
            } catch (IllegalArgumentException e) {
                // JDOM checks names as it builds the tree (IllegalNameException, IllegalDataException): a namespace URI
                // starting with a digit reaches here rather than as a parse error. Found by FeedReaderFuzzTest
                // (fuzz/FeedReader/finding-namespace-starting-with-digit.xml)
                throw new Unreadable(words(e), SecureParser.line(builder));
            }
            SyndFeed feed;
            try {
                feed = new SyndFeedInput().build(doc);
            } catch (FeedException | IllegalArgumentException e) {
                throw new Unreadable(words(e), -1);
            } catch (RuntimeException e) {
                // Rome trusts the tree it is given: an <rss> without its <channel> fails inside it (NullPointerException)
                throw new Unreadable("its elements are not RSS or Atom as Rome reads them (" + e.getClass().getSimpleName()
                        + ": " + words(e) + ")", -1);
            }
            return new Parsed(feed, itemElements(doc.getRootElement()));
        }

        /** RSS 2.0 rss/channel/item, RSS 1.0 rdf:RDF/item, Atom feed/entry. */
        private static List<Element> itemElements(Element root) {
            List<Element> out = new ArrayList<>();
            for (Element c : root.getChildren()) {
                if (isItem(c)) out.add(c);
                else if (c.getName().equals("channel")) for (Element i : c.getChildren()) if (isItem(i)) out.add(i);
            }
            return out;
        }

        private static boolean isItem(Element e) {
            return e.getName().equals("item") || e.getName().equals("entry");
        }
    }

    /** Why some XML is not a feed, and the line the parser stopped at (-1 when it does not say). */
    private static final class Unreadable extends Exception {
        final int line;

        Unreadable(String reason, int line) {
            super(reason);
            this.line = line;
        }
    }

    /** Rome's SAX set-up: no DOCTYPE, no external entities (no XXE), entities not expanded. */
    private static final class SecureParser extends WireFeedInput {
        private SecureParser() {
            setAllowDoctypes(false);
        }

        static org.jdom2.input.SAXBuilder builder() {
            org.jdom2.input.SAXBuilder b = new SecureParser().createSAXBuilder();
            b.setSAXHandlerFactory(new Handlers());
            return b;
        }

        /** The line the parser had reached in the last build of this builder, or -1. */
        static int line(org.jdom2.input.SAXBuilder b) {
            if (!(b.getSAXHandlerFactory() instanceof Handlers h) || h.last == null) return -1;
            org.xml.sax.Locator at = h.last.getDocumentLocator();
            return at == null ? -1 : at.getLineNumber();
        }

        /** Keeps the handler of the last build, so an error JDOM raises outside the parser can still name its line. */
        private static final class Handlers implements org.jdom2.input.sax.SAXHandlerFactory {
            private org.jdom2.input.sax.SAXHandler last;

            @Override
            public org.jdom2.input.sax.SAXHandler createSAXHandler(org.jdom2.JDOMFactory factory) {
                last = new org.jdom2.input.sax.SAXHandler(factory);
                return last;
            }
        }
    }

    private static String words(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
    }

    private ReadResult entry(String feedName, int n, SyndEntry e, String outlet, ReadOptions options) {
        String where = "entry " + n;
        String link = blankToNull(e.getLink());
        String title = blankToNull(e.getTitle());
        LocalDate published = day(e.getPublishedDate()) != null ? day(e.getPublishedDate()) : day(e.getUpdatedDate());
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

    /**
     * The day in UTC, or null: also for a day outside the years 1 to 9999 that {@link org.faultline.model.PartialDate}
     * holds ("01 Jan 0001" is a Julian day, 30 December of year 0 in java.time's calendar).
     */
    private static LocalDate day(Date d) {
        if (d == null) return null;
        LocalDate day = d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return day.getYear() < 1 || day.getYear() > 9999 ? null : day;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
