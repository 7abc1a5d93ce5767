package org.faultline.ingest;

import org.faultline.model.Article;
import org.faultline.model.ReadResult;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads a whole input as one article. A sibling NAME.meta file of one line, "YYYY-MM-DD TAB outlet TAB url",
 * gives its publication date, outlet and address.
 */
final class TextReader implements ArticleReader {
    @Override
    public List<ReadResult> read(RawInput input, ReadOptions options) {
        byte[] b = input.bytes();
        TextChecks.Decoded d = TextChecks.decode(b, 0, b.length, 0, 1, options);
        if (!d.ok()) return List.of(ReadResult.failed(input.name(), d.byteOffset() < 0 ? null : "byte " + d.byteOffset(), d.reason()));
        String text = d.text();
        LocalDate published = null;
        String outlet = null, url = null;
        if (input.meta() != null) {
            String[] f = input.meta().strip().split("\t");
            published = Dates.parse(f[0]);
            if (published == null)
                return List.of(ReadResult.failed(input.name().replaceFirst("\\.[^./]*$", "") + ".meta", "line 1",
                        "date '" + f[0] + "' " + Dates.problem(f[0]) + " (expected: YYYY-MM-DD TAB outlet TAB url)"));
            if (f.length > 1 && !f[1].isBlank()) outlet = f[1].strip();
            if (f.length > 2 && !f[2].isBlank()) url = f[2].strip();
        }
        return List.of(ReadResult.ok(new Article(ContentHash.of(text), input.name(), text, published,
                published == null ? null : "input", outlet, null, url)));
    }
}
