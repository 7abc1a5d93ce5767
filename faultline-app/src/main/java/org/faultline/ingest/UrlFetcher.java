package org.faultline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Fetches http(s) addresses: redirects followed, a time limit, a size limit, and failures as short reasons
 * ("HTTP 404", "connection refused", "unknown host") that name no stack trace.
 */
final class UrlFetcher {
    /** What came back: the bytes, the address after redirects, and the media type ("text/html") or null. */
    record Fetched(byte[] bytes, String finalUrl, String mediaType) {}

    /** A fetch that failed, with a reason fit to print after the address. */
    static final class FetchException extends IOException {
        FetchException(String reason) {
            super(reason);
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    UrlFetcher(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("timeout " + timeout + " is not positive");
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout).build();
    }

    static boolean isUrl(String s) {
        if (s == null) return false;
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** The body of {@code url}, at most {@code maxBytes} long. */
    Fetched fetch(String url, long maxBytes) throws FetchException {
        URI uri;
        try {
            uri = new URI(url);
            if (uri.getHost() == null) throw new FetchException("not a valid address: no host");
        } catch (URISyntaxException e) {
            throw new FetchException("not a valid address: " + e.getReason());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("User-Agent", "faultline (conflict event coder)")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
                .GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException("no connection within " + timeout.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw new FetchException("no answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new FetchException("connection refused");
        } catch (IOException e) {
            Throwable c = e;
            while (c.getCause() != null && c != c.getCause()) c = c.getCause();
            if (c instanceof UnknownHostException) throw new FetchException("unknown host " + uri.getHost());
            if (c instanceof ConnectException) throw new FetchException("connection refused");
            throw new FetchException("cannot fetch it: " + (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted");
        }
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status / 100 != 2) throw new FetchException("HTTP " + status);
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes)
                throw new FetchException("it is larger than the limit of " + TextChecks.limit(maxBytes));
            String type = response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT))
                    .orElse(null);
            return new Fetched(bytes, response.uri().toString(), type);
        } catch (FetchException e) {
            throw e;
        } catch (IOException e) {
            throw new FetchException("the answer broke off: " + e.getMessage());
        }
    }
}
