package org.faultline.api;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies, read through a bounded stream and decoded strictly. A body over its limit is refused with 413
 * whether its size was announced (Content-Length) or not (Transfer-Encoding: chunked): at most {@code limit + 1}
 * bytes are kept. A refused body is then read and dropped up to {@link #DRAIN_BYTES} more, so that a client that
 * sends its whole body before it reads gets the answer; past that the answer goes out at once and the connection is
 * closed ({@link #CLOSE_AFTER}) rather than left to Jetty, which would read and drop the rest for as long as the
 * client kept sending.
 */
final class Bodies {
    /** The most of a refused body read and dropped before the connection is closed instead. */
    static final long DRAIN_BYTES = 4L * 1024 * 1024;
    /** A request attribute: close the connection once the answer has been written. */
    static final String CLOSE_AFTER = "org.faultline.api.close-after-answer";
    /** A request attribute: the body was read to its end. */
    private static final String READ = "org.faultline.api.body-read";

    private Bodies() {}

    /** 413 when the announced Content-Length is over {@code limit}; nothing is read. */
    static void checkAnnounced(Context ctx, long limit) {
        long announced = ctx.req().getContentLengthLong();
        if (announced > limit) throw tooLarge(limit, announced + " bytes announced");
    }

    /** The body, at most {@code limit} bytes; 413 past that. */
    static byte[] read(Context ctx, long limit) throws IOException {
        if (limit < 0 || limit > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("body limit " + limit + " is not 0-2 GB");
        checkAnnounced(ctx, limit);
        InputStream in = ctx.req().getInputStream();
        byte[] bytes = in.readNBytes((int) limit + 1);   // the bound: never more than one byte past the limit
        if (bytes.length > limit) throw tooLarge(limit, "more was sent");
        ctx.req().setAttribute(READ, Boolean.TRUE);
        return bytes;
    }

    private static HttpResponseException tooLarge(long limit, String seen) {
        return new HttpResponseException(413, "request body is larger than the limit of " + limit + " bytes for this endpoint ("
                + seen + ")");
    }

    /**
     * Reads and drops what is left of a refused body, up to {@code max} bytes; true when the body ended within
     * that (the connection can serve the next request), false when it is longer or announced longer.
     */
    static boolean drain(Context ctx, long max) {
        long announced = ctx.req().getContentLengthLong();
        if (announced > max + WebServer.MAX_REQUEST_BYTES) return false;   // announced longer: no use reading
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long dropped = 0;
            while (dropped <= max) {
                int n = in.read(buffer);
                if (n < 0) {
                    ctx.req().setAttribute(READ, Boolean.TRUE);
                    return true;
                }
                dropped += n;
            }
            return false;
        } catch (IOException | IllegalStateException e) {
            return false;   // the client went away, or the stream is not readable: close
        }
    }

    /** Whether the request has a body (announced or chunked) that was not read to its end. */
    static boolean unread(Context ctx) {
        if (ctx.req().getAttribute(READ) != null) return false;
        String encoding = ctx.header("Transfer-Encoding");
        return ctx.req().getContentLengthLong() > 0 || encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /**
     * The body as UTF-8 text, checked as the command line checks its inputs: a byte that is not UTF-8 is an error
     * naming its position, never a silent U+FFFD.
     */
    static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int at = in.position(), line = 1, column = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) column++;
            }
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "body is not valid UTF-8: invalid UTF-8 at byte %d (line %d, column %d): 0x%02X",
                    at, line, column, bytes[at] & 0xFF));
        }
        return out.flip().toString();
    }

    /**
     * {@code value} itself when every UTF-16 surrogate in it is paired; else an error naming {@code field} and the
     * character position (a JSON escape such as \ud800 alone would otherwise be stored as '?').
     */
    static String wellFormed(String field, String value) {
        if (value == null) return null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c))
                throw new IllegalArgumentException(String.format("field '%s' holds an unpaired surrogate \\u%04x at character %d;"
                        + " it is not Unicode text", field, (int) c, i));
        }
        return value;
    }
}
