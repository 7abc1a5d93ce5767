package org.faultline.ingest;

/**
 * Limits and checks applied while reading.
 *
 * @param maxArticleBytes the largest article text accepted, in UTF-8 bytes
 * @param checkLanguage   whether to reject text that is clearly not English
 */
public record ReadOptions(long maxArticleBytes, boolean checkLanguage) {
    /** 5 MB of text per article. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;

    public ReadOptions {
        if (maxArticleBytes < 1)
            throw new IllegalArgumentException("maximum article size " + maxArticleBytes + " is not positive");
    }

    /** 5 MB per article, English only. */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_ARTICLE_BYTES, true);
    }
}
