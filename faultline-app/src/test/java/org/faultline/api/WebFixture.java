package org.faultline.api;

import org.faultline.Faultline;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.store.Store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One web server per test JVM on a free port, over a fresh H2 store loaded with a generated sample corpus (the
 * generator's own extraction, so no NLP is needed to fill it). The pipeline (CoreNLP) loads once, on the first POST.
 */
final class WebFixture {
    private static WebFixture shared;

    final Store store;
    final WebServer server;
    final String token;
    final String base;
    final List<String> announced = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    private WebFixture() throws IOException {
        Path dir = Files.createTempDirectory("faultline-web-test");
        store = Store.open(null, dir);
        for (GeneratedArticle g : CorpusGenerator.generate(11, 60).articles()) store.put(g.expected());
        server = WebServer.start(store, () -> Faultline.create(null), "127.0.0.1", 0, announced::add);
        token = announced.stream().map(String::strip).filter(s -> s.startsWith("flt_")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no token announced in " + announced));
        base = "http://127.0.0.1:" + server.port();
    }

    static synchronized WebFixture get() throws IOException {
        if (shared == null) shared = new WebFixture();
        return shared;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
