package org.faultline.model;

import java.time.LocalDate;

/**
 * One input text as read by ingest.
 *
 * @param id              stable id: the hash of the normalised text
 * @param source          where it came from (a file name, "-", "file.jsonl:12"), for messages
 * @param text            the raw text; every offset in every later record points into it
 * @param published       publication date, or null when unknown
 * @param publishedSource how {@code published} was found: "argument", "input", "html-meta", "text", or null
 * @param outlet          the outlet that published it, or null
 * @param title           title, or null
 * @param url             address, or null
 */
public record Article(String id, String source, String text, LocalDate published, String publishedSource,
                      String outlet, String title, String url) {
    public Article {
        Checks.notNull(id, "id");
        Checks.notNull(text, "text");
        if (source == null) source = id;
    }

    public Article withPublished(LocalDate date, String how) {
        return new Article(id, source, text, date, how, outlet, title, url);
    }
}
