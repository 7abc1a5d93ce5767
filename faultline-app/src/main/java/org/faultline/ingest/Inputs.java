package org.faultline.ingest;

import org.faultline.model.Article;
import org.faultline.model.ReadResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads inputs into articles. Bad input is data: each file or record that cannot be read becomes a
 * {@link ReadResult} holding an {@link org.faultline.model.InputError} that names it and where it is wrong.
 * <pre>{@code
 * for (ReadResult r : Inputs.read("batch.jsonl", InputFormat.AUTO, System.in, ReadOptions.defaults()))
 *     if (r.ok()) process(r.article()); else report(r.error());
 * }</pre>
 */
public final class Inputs {
    private Inputs() {}

    /** The bundled sample articles, in src/main/resources/org/faultline/sample/. */
    static final List<String> SAMPLE_NAMES = List.of(
            "sudan-el-fasher-shelling", "kashmir-loc-ceasefire", "ukraine-border-drones", "sahel-convoy-ambush");

    private static final String SAMPLE_FOLDER = "/org/faultline/sample/";
    /** JSONL files are read whole; a Java array holds at most this many bytes. */
    private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 16;

    /**
     * Reads one input.
     *
     * @param fileOrDash a file name, or "-" for {@code stdin}
     * @param format     how to read it; {@link InputFormat#AUTO} decides by extension, then content
     * @return one result per article (several for JSONL), in input order; never empty
     */
    public static List<ReadResult> read(String fileOrDash, InputFormat format, InputStream stdin, ReadOptions options) {
        if (fileOrDash == null || fileOrDash.isEmpty()) throw new IllegalArgumentException("input name '" + fileOrDash + "' is empty");
        if (format == null) throw new IllegalArgumentException("input format must not be null");
        if (options == null) throw new IllegalArgumentException("read options must not be null");
        try {
            if (fileOrDash.equals("-")) {
                if (stdin == null) throw new IllegalArgumentException("input '-' needs a standard input stream");
                byte[] bytes = stdin.readAllBytes();
                RawInput raw = new RawInput("-", null, bytes, null);
                return resolve(format, raw).reader().read(raw, options);
            }
            return readFile(fileOrDash, format, options);
        } catch (NoSuchFileException e) {
            return List.of(ReadResult.failed(fileOrDash, null, "no such file"));
        } catch (AccessDeniedException e) {
            return List.of(ReadResult.failed(fileOrDash, null, "cannot read it: permission denied"));
        } catch (IOException | UncheckedIOException e) {
            return List.of(ReadResult.failed(fileOrDash, null, "cannot read it: " + e.getMessage()));
        }
    }

    /**
     * Reads one input already in memory, such as a message from a queue: {@code name} names it in errors ("articles@3:1207"
     * for a topic's partition and offset).
     */
    public static List<ReadResult> read(String name, byte[] bytes, InputFormat format, ReadOptions options) {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("input name '" + name + "' is empty");
        if (bytes == null) throw new IllegalArgumentException("input '" + name + "' has no bytes");
        if (format == null) throw new IllegalArgumentException("input format must not be null");
        if (options == null) throw new IllegalArgumentException("read options must not be null");
        RawInput raw = new RawInput(name, null, bytes, null);
        InputFormat f = format;
        if (f == InputFormat.AUTO) {
            // a file's name tells its format first ("report.html", "batch.jsonl"), as for files read from disk
            try {
                InputFormat byName = byExtension(Path.of(name));
                if (byName != null) f = byName;
            } catch (java.nio.file.InvalidPathException e) {
                // a queue's record name ("articles@1:42") is no path: the content decides
            }
        }
        try {
            return resolve(f, raw).reader().read(raw, options);
        } catch (UncheckedIOException e) {
            return List.of(ReadResult.failed(name, null, "cannot read it: " + e.getMessage()));
        }
    }

    private static List<ReadResult> readFile(String name, InputFormat format, ReadOptions options) throws IOException {
        Path path = Path.of(name);
        if (!Files.exists(path)) return List.of(ReadResult.failed(name, null, "no such file"));
        if (Files.isDirectory(path))
            return List.of(ReadResult.failed(name, null, "is a directory; name the files in it (e.g. " + name + "/*.txt)"));
        long size = Files.size(path);
        InputFormat byName = byExtension(path);
        InputFormat f = format != InputFormat.AUTO ? format : byName;
        long limit = f == InputFormat.JSONL ? MAX_FILE_BYTES
                : f == InputFormat.HTML ? options.maxArticleBytes() * 4
                : f == InputFormat.TEXT ? options.maxArticleBytes()
                : Math.max(MAX_FILE_BYTES / 4, options.maxArticleBytes());
        if (size > limit) {
            return List.of(ReadResult.failed(name, "byte " + limit, TextChecks.tooLarge(size,
                    new ReadOptions(limit, false)).reason().replace("per article", f == InputFormat.TEXT ? "per article" : "per file")));
        }
        byte[] bytes = Files.readAllBytes(path);
        String meta = null;
        Path metaFile = sibling(path, ".meta");
        if (metaFile != null && Files.isRegularFile(metaFile)) meta = new String(Files.readAllBytes(metaFile), StandardCharsets.UTF_8);
        RawInput raw = new RawInput(name, path, bytes, meta);
        InputFormat resolved = f != null && f != InputFormat.AUTO ? f : sniff(bytes);
        if (resolved == InputFormat.TEXT && bytes.length > options.maxArticleBytes())
            return List.of(ReadResult.failed(name, "byte " + options.maxArticleBytes(), TextChecks.tooLarge(bytes.length, options).reason()));
        return resolved.reader().read(raw, options);
    }

    /**
     * The format an input will be read as, as far as its name tells: {@code format} itself unless it is
     * {@link InputFormat#AUTO}, else the file's extension, else AUTO (decided later from the content).
     */
    public static InputFormat formatOf(String fileOrDash, InputFormat format) {
        if (format == null) throw new IllegalArgumentException("input format must not be null");
        if (format != InputFormat.AUTO || fileOrDash == null || fileOrDash.equals("-")) return format;
        InputFormat byName = byExtension(Path.of(fileOrDash));
        return byName == null ? InputFormat.AUTO : byName;
    }

    /**
     * The name to give one article's output file: the JSONL record id, the input file's name without its extension,
     * or the article id for standard input. Characters a file name should not hold become "_".
     */
    public static String outputName(Article article) {
        if (article == null) throw new IllegalArgumentException("article must not be null");
        String source = article.source();
        String name;
        if (source.equals("-") || source.matches(".+:\\d+")) {
            name = article.id();
        } else {
            String file = Path.of(source).getFileName() == null ? source : Path.of(source).getFileName().toString();
            int dot = file.lastIndexOf('.');
            name = dot > 0 ? file.substring(0, dot) : file;
        }
        name = name.replaceAll("[^A-Za-z0-9._~+=,@-]", "_");
        if (name.isEmpty() || name.startsWith(".")) name = "_" + name;
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /**
     * The id of a text as ingest gives it when the input names none: a hash of its NFC form with whitespace collapsed
     * (16 hex digits). Two texts that differ only in spacing have the same id.
     */
    public static String contentId(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        return ContentHash.of(text);
    }

    /** The bundled sample articles (your own words, not real reports), with their dates and outlets. */
    public static List<Article> samples() {
        List<Article> out = new ArrayList<>();
        for (String name : SAMPLE_NAMES) {
            byte[] text = resource(name + ".txt");
            byte[] meta = resource(name + ".meta");
            RawInput raw = new RawInput("sample/" + name + ".txt", null, text,
                    meta == null ? null : new String(meta, StandardCharsets.UTF_8));
            for (ReadResult r : InputFormat.TEXT.reader().read(raw, ReadOptions.defaults())) {
                if (!r.ok()) throw new IllegalStateException("bundled sample " + name + " is broken: " + r.error());
                out.add(r.article());
            }
        }
        return out;
    }

    private static byte[] resource(String file) {
        try (InputStream in = Inputs.class.getResourceAsStream(SAMPLE_FOLDER + file)) {
            if (in == null) {
                if (file.endsWith(".meta")) return null;
                throw new IllegalStateException("bundled sample " + SAMPLE_FOLDER + file + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled sample " + file, e);
        }
    }

    private static Path sibling(Path path, String extension) {
        Path fileName = path.getFileName();
        if (fileName == null) return null;
        String n = fileName.toString();
        int dot = n.lastIndexOf('.');
        if (dot <= 0 || n.substring(dot).equalsIgnoreCase(extension)) return null;
        return path.resolveSibling(n.substring(0, dot) + extension);
    }

    /** The format a file's extension names, or AUTO when it names none. */
    static InputFormat byExtension(Path path) {
        String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return InputFormat.JSONL;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return InputFormat.HTML;
        if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) return InputFormat.TEXT;
        return InputFormat.AUTO;
    }

    private static InputFormat resolve(InputFormat requested, RawInput raw) {
        return requested != InputFormat.AUTO ? requested : sniff(raw.bytes());
    }

    /** HTML when it starts with markup, JSONL when it starts with a JSON object, text otherwise. */
    static InputFormat sniff(byte[] bytes) {
        int i = 0;
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) i = 3;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) i++;
        if (i >= bytes.length) return InputFormat.TEXT;
        String head = new String(bytes, i, Math.min(1024, bytes.length - i), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && head.contains("<p")))
            return InputFormat.HTML;
        if (head.startsWith("{")) return InputFormat.JSONL;
        return InputFormat.TEXT;
    }
}
