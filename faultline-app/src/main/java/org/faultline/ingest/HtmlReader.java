package org.faultline.ingest;

import org.faultline.model.Article;
import org.faultline.model.ReadResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a web page leniently: the article body paragraphs ({@code <article>}, {@code <main>}, or the biggest block
 * of {@code <p>}), the title, the publication date from meta tags or {@code <time datetime>}, the site name.
 */
final class HtmlReader implements ArticleReader {
    /** Markup may be several times the size of the text it holds. */
    private static final int MARKUP_FACTOR = 4;

    private static final String[] DATE_SELECTORS = {
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]", "meta[name=dc.date.issued]",
            "meta[name=dc.date]", "meta[name=dcterms.date]", "meta[property=og:updated_time]"};

    @Override
    public List<ReadResult> read(RawInput input, ReadOptions options) {
        byte[] b = input.bytes();
        long markupLimit = options.maxArticleBytes() * MARKUP_FACTOR;
        if (b.length > markupLimit) {
            return List.of(ReadResult.failed(input.name(), "byte " + markupLimit,
                    TextChecks.tooLarge(b.length, new ReadOptions(markupLimit, false)).reason().replace("per article", "per web page")));
        }
        TextChecks.Decoded raw = TextChecks.decode(b, 0, b.length, 0, 1, new ReadOptions(markupLimit, false));
        if (!raw.ok() && !raw.reason().startsWith("invalid UTF-8"))
            return List.of(ReadResult.failed(input.name(), "byte " + raw.byteOffset(), raw.reason()));
        Document page;
        try {
            // jsoup finds the charset from the BOM or <meta charset>, UTF-8 otherwise, and parses any tag soup
            page = Jsoup.parse(new ByteArrayInputStream(b), null, "");
        } catch (IOException e) {
            return List.of(ReadResult.failed(input.name(), null, "cannot parse HTML: " + e.getMessage()));
        }
        LocalDate published = published(page);
        String url = firstNonBlank(meta(page, "meta[property=og:url]"), attr(page, "link[rel=canonical]", "href"));
        String outlet = meta(page, "meta[property=og:site_name]");
        String title = title(page);
        String text = bodyText(page);
        if (text.isBlank()) return List.of(ReadResult.failed(input.name(), null, "no article text found in the HTML"));
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        TextChecks.Decoded d = TextChecks.decode(textBytes, 0, textBytes.length, 0, 1, options);
        if (!d.ok()) return List.of(ReadResult.failed(input.name(), null, d.reason()));
        return List.of(ReadResult.ok(new Article(ContentHash.of(d.text()), input.name(), d.text(), published,
                published == null ? null : "html-meta", outlet, title, url)));
    }

    static String bodyText(Document page) {
        page.select("script, style, noscript, nav, header, footer, aside, figure, figcaption, form, iframe, svg, "
                + "button, template").remove();
        Element container = biggest(page.select("article, [itemprop=articleBody]"));
        if (container == null) container = biggest(page.select("main, [role=main]"));
        List<Element> paragraphs;
        if (container != null) {
            paragraphs = container.select("p");
        } else {
            // the parent holding the most paragraph text
            Map<Element, Integer> byParent = new LinkedHashMap<>();
            for (Element p : page.select("p")) {
                if (p.parent() != null) byParent.merge(p.parent(), p.text().length(), Integer::sum);
            }
            Element best = null;
            int bestLength = 0;
            for (var e : byParent.entrySet()) {
                if (e.getValue() > bestLength) {
                    best = e.getKey();
                    bestLength = e.getValue();
                }
            }
            paragraphs = best == null ? List.of() : best.children().select("p");
        }
        List<String> parts = new ArrayList<>();
        for (Element p : paragraphs) {
            String t = visible(p.text());
            if (!t.isEmpty()) parts.add(t);
        }
        if (parts.isEmpty()) {
            Element fallback = container != null ? container : page.body();
            return fallback == null ? "" : visible(fallback.text());
        }
        return String.join("\n\n", parts);
    }

    /**
     * A paragraph's text without the byte-order marks pages carry inside their markup (U+FEFF, a zero-width no-break
     * space that {@code strip()} keeps): a paragraph of only that is empty, not an empty first paragraph of the
     * article once the decoder drops the mark. Found by HtmlReaderFuzzTest (fuzz/HtmlReader/finding-bom-paragraph.html).
     */
    private static String visible(String text) {
        return text.replace("\uFEFF", "").strip();
    }

    private static Element biggest(Elements candidates) {
        Element best = null;
        int bestLength = 0;
        for (Element e : candidates) {
            int length = e.select("p").text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    static LocalDate published(Document page) {
        for (String selector : DATE_SELECTORS) {
            LocalDate d = Dates.parse(meta(page, selector));
            if (d != null) return d;
        }
        for (Element time : page.select("time[datetime]")) {
            LocalDate d = Dates.parse(time.attr("datetime"));
            if (d != null) return d;
        }
        return null;
    }

    private static String title(Document page) {
        String og = meta(page, "meta[property=og:title]");
        if (og != null) return og;
        String t = page.title().strip();
        if (!t.isEmpty()) return t;
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    private static String meta(Document page, String selector) {
        return attr(page, selector, "content");
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        if (e == null) return null;
        String v = e.attr(attribute).strip();
        return v.isEmpty() ? null : v;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }
}
