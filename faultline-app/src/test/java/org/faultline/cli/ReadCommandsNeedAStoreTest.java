package org.faultline.cli;

import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.Corpus;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.faultline.cli.StoreCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/**
 * A read command on a {@code --data} folder that holds no store fails, exit 1, saying so; it creates no empty store
 * and never answers "0 events". {@code ingest} still creates the store.
 */
class ReadCommandsNeedAStoreTest {
    @TempDir
    Path dir;

    /** The command line of a read command on {@code data}; export and serve with what they need besides. */
    private List<String> readCommand(String command, Path data) {
        List<String> args = new ArrayList<>(List.of(command, "--data", data.toString()));
        switch (command) {
            case "export" -> args.addAll(List.of("--format", "geojson", "--out", dir.resolve("out.geojson").toString()));
            case "serve" -> args.addAll(List.of("--port", "0"));
            case "events" -> args.addAll(List.of("--format", "json"));
            default -> { }
        }
        return args;
    }

    private static List<Path> contents(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"events", "claims", "actors", "places", "export", "serve", "sources", "names"})
    void aFolderThatDoesNotExistIsNamedAndNotCreated(String command) {
        Path data = dir.resolve("nowhere");
        StoreCommandsTest.Run r = run(readCommand(command, data).toArray(String[]::new));
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("faultline: no faultline store in " + data + " (run `ingest` first)", r.err().strip());
        assertEquals("", r.out(), "no listing, no '0 events'");
        assertFalse(Files.exists(data), "no store was created");
        assertFalse(Files.exists(dir.resolve("out.geojson")), "export wrote no file");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"events", "claims", "actors", "places", "export", "serve", "sources", "names"})
    void anEmptyFolderStaysEmpty(String command) throws IOException {
        Path data = Files.createDirectories(dir.resolve("empty"));
        StoreCommandsTest.Run r = run(readCommand(command, data).toArray(String[]::new));
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("no faultline store in " + data + " (run `ingest` first)"), r.err());
        assertEquals(List.of(), contents(data), "no store files were written");
    }

    @Test
    void ingestCreatesTheStoreThatTheReadCommandsThenRead() throws IOException {
        Path data = dir.resolve("data");
        Corpus c = CorpusGenerator.generate(3, 2);
        c.write(dir.resolve("corpus"));
        StoreCommandsTest.Run ingest = run("ingest", "--no-progress", "--data", data.toString(),
                dir.resolve("corpus").resolve(Corpus.ARTICLES_FILE).toString());
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(Store.existsIn(data), "ingest created the store: " + Arrays.toString(data.toFile().list()));
        for (String command : List.of("events", "claims", "actors", "places", "export")) {
            StoreCommandsTest.Run r = run(readCommand(command, data).toArray(String[]::new));
            assertEquals(0, r.code(), command + ": " + r.err());
        }
    }
}
