package org.faultline.cli;

import org.faultline.ingest.Inputs;
import org.faultline.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The distribution {@code mvn package} writes ({@code target/faultline-VERSION.zip}), installed as a user installs it:
 * unpacked into an empty folder, with its files' modes, and {@code bin/faultline} run with nothing on the PATH but a
 * {@code java} (no Maven, no JAVA_HOME, no class path into ~/.m2). Failsafe runs it in {@code mvn verify}, after
 * {@code package} wrote the archive.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class DistributionIT {
    @TempDir
    static Path tmp;
    static Path home, javaOnly, work;
    static String version;

    @BeforeAll
    static void unpack() throws IOException {
        String archive = System.getProperty("faultline.dist");
        version = System.getProperty("faultline.version");
        assertNotNull(archive, "failsafe passes -Dfaultline.dist (see pom.xml)");
        Path zip = Path.of(archive);
        assertTrue(Files.isRegularFile(zip), "mvn package wrote " + zip);
        System.out.printf("distribution: %s, %.1f MB%n", zip.getFileName(), Files.size(zip) / 1e6);
        Path into = Files.createDirectories(tmp.resolve("install"));
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
             Stream<Path> entries = Files.walk(fs.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path target = into.resolve(entry.toString().substring(1));
                if (Files.isDirectory(entry)) Files.createDirectories(target);
                else {
                    Files.copy(entry, target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
                }
            }
        }
        home = into.resolve("faultline-" + version);
        javaOnly = Files.createDirectories(tmp.resolve("java-only"));
        Files.createSymbolicLink(javaOnly.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        work = Files.createDirectories(tmp.resolve("work"));
    }

    record Ran(int code, String out, String err) {}

    /** bin/faultline ARGS in an empty folder, with PATH holding {@code path} alone and no other variable but HOME. */
    static Ran faultline(Path path, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/faultline").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", path.toString());
        pb.environment().put("HOME", work.toString());
        Path out = Files.createTempFile(tmp, "out", ".txt"), err = Files.createTempFile(tmp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("bin/faultline " + String.join(" ", args) + " ran over 5 minutes");
        }
        System.out.printf("bin/faultline %s: exit %d in %.1f s%n", String.join(" ", args), p.exitValue(), (System.nanoTime() - t0) / 1e9);
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void holdsTheLauncherTheApplicationAndTheModelsItLoads() throws IOException {
        Path launcher = home.resolve("bin/faultline");
        assertTrue(Files.getPosixFilePermissions(launcher).contains(PosixFilePermission.OWNER_EXECUTE), "bin/faultline is executable");
        List<String> lib;
        try (Stream<Path> s = Files.list(home.resolve("lib"))) {
            lib = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertTrue(lib.contains("faultline-" + version + ".jar"), lib.toString());
        assertTrue(lib.stream().anyMatch(n -> n.matches("stanford-corenlp-[0-9.]+\\.jar")), lib.toString());
        assertTrue(lib.stream().anyMatch(n -> n.matches("stanford-corenlp-[0-9.]+-models-faultline\\.jar")), lib.toString());
        assertFalse(lib.stream().anyMatch(n -> n.matches("stanford-corenlp-[0-9.]+-models\\.jar")), "not the whole 450 MB models jar");
        for (String testOnly : List.of("junit", "selenium", "archunit"))
            assertFalse(lib.stream().anyMatch(n -> n.startsWith(testOnly)), testOnly + " is for tests only: " + lib);
        for (String doc : List.of("README.md", "LICENSE", "NOTICE")) assertTrue(Files.isRegularFile(home.resolve(doc)), doc);
    }

    @Test
    void printsItsVersionWithJavaAloneOnThePath() throws Exception {
        Ran r = faultline(javaOnly, "--version");
        assertEquals(0, r.code(), r.err());
        assertEquals("faultline " + version, r.out().strip());
    }

    @Test
    void extractsTheSamplesWithJavaAloneOnThePath() throws Exception {
        Ran r = faultline(javaOnly, "extract", "--sample", "--format", "text");
        assertEquals(0, r.code(), r.err());
        List<Article> samples = Inputs.samples();
        for (Article a : samples) {
            Matcher m = Pattern.compile("Document [0-9a-f]{16} {2}\\(" + Pattern.quote(a.source()) + "\\)[\\s\\S]*?Events \\((\\d+)\\)")
                    .matcher(r.out());
            assertTrue(m.find(), a.source() + " in:\n" + r.out());
            assertTrue(Integer.parseInt(m.group(1)) > 0, a.source() + " has events: the tagger, NER and parser models loaded");
        }
        assertFalse(Files.exists(work.resolve("faultline-data")), "extract writes no store");
    }

    @Test
    void saysWhenThereIsNoJava() throws Exception {
        Ran r = faultline(Files.createDirectories(tmp.resolve("empty-path")), "--version");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no Java runtime found"), r.err());
    }
}
