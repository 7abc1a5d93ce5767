package org.faultline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns bytes into article text, or says why they are not one: empty, too large, binary, not UTF-8, not English. */
final class TextChecks {
    private TextChecks() {}

    /**
     * Either the text or a problem.
     *
     * @param byteOffset where the problem is, in bytes from the start of the input, or -1 when it is the whole text
     */
    record Decoded(String text, long byteOffset, String reason) {
        boolean ok() {
            return text != null;
        }

        static Decoded problem(long byteOffset, String reason) {
            return new Decoded(null, byteOffset, reason);
        }
    }

    /** The limit in words: "5 MB" for a whole number of megabytes. */
    static String limit(long bytes) {
        if (bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static Decoded tooLarge(long size, ReadOptions options) {
        return Decoded.problem(options.maxArticleBytes(),
                "input is " + String.format(Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0))
                        + "; the limit is " + limit(options.maxArticleBytes()) + " per article");
    }

    /**
     * Decodes {@code bytes[from, to)} as one article's text.
     *
     * @param base      the byte offset of {@code from} in the whole input, for positions
     * @param firstLine the line number of {@code from} in the whole input
     */
    static Decoded decode(byte[] bytes, int from, int to, long base, int firstLine, ReadOptions options) {
        int length = to - from;
        if (isBlank(bytes, from, to)) return Decoded.problem(base, "empty input");
        if (length > options.maxArticleBytes()) return tooLarge(length, options);
        if (length >= 2 && ((bytes[from] == (byte) 0xFE && bytes[from + 1] == (byte) 0xFF)
                || (bytes[from] == (byte) 0xFF && bytes[from + 1] == (byte) 0xFE)))
            return Decoded.problem(base, "UTF-16 text; faultline reads UTF-8 only (convert it: iconv -f UTF-16 -t UTF-8)");
        int binaryAt = binaryAt(bytes, from, to);
        if (binaryAt >= 0) return Decoded.problem(base + binaryAt - from, "binary data at byte " + (base + binaryAt - from));
        int start = from;
        if (length >= 3 && bytes[from] == (byte) 0xEF && bytes[from + 1] == (byte) 0xBB && bytes[from + 2] == (byte) 0xBF)
            start += 3;
        String text;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
        CharBuffer out = CharBuffer.allocate(to - start + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            long offset = base + at - from;
            int line = firstLine;
            for (int i = from; i < at; i++) if (bytes[i] == '\n') line++;
            return Decoded.problem(offset, "invalid UTF-8 at byte " + offset + " (line " + line + ")");
        }
        decoder.flush(out);
        out.flip();
        text = normaliseLineEnds(out.toString());
        if (options.checkLanguage()) {
            String language = LanguageGuess.nonEnglish(text);
            if (language != null)
                return Decoded.problem(-1, "language looks like " + language
                        + ", not English; faultline codes English text only");
        }
        return new Decoded(text, 0, null);
    }

    /** Decodes without checks beyond UTF-8 validity; throws on bad bytes. */
    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    static String normaliseLineEnds(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                // a lone UTF-8 byte-order mark counts as blank
                if (i == from && to - from >= 3 && c == (byte) 0xEF && b[i + 1] == (byte) 0xBB && b[i + 2] == (byte) 0xBF) {
                    i += 2;
                    continue;
                }
                return false;
            }
        }
        return true;
    }

    /** The first NUL byte, or the first control byte when control bytes are more than 2% of the input; else -1. */
    static int binaryAt(byte[] b, int from, int to) {
        int firstControl = -1, controls = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return i;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                if (firstControl < 0) firstControl = i;
                controls++;
            }
        }
        return controls > 0 && (controls * 50L > (to - from) || controls >= 32) ? firstControl : -1;
    }
}
