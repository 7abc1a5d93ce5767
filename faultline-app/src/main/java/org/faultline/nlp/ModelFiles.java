package org.faultline.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the compiled models ({@link CompiledParser}, {@link CompiledNer}) share: the build's up-to-date check and
 * all-or-nothing write of a model file, and the access to CoreNLP's private fields that both forms need.
 */
final class ModelFiles {
    private ModelFiles() {
    }

    /** Writes a model to an open stream. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Whether {@code out} is newer than the class-path resource {@code source} (its jar) and than the classes that write
     * it: a build after the first one then keeps the file.
     */
    static boolean upToDate(Path out, String source, Class<?>... writers) throws IOException {
        if (!Files.isRegularFile(out)) return false;
        long newest = modified(source);
        for (Class<?> c : writers) newest = Math.max(newest, modified(c.getName().replace('.', '/') + ".class"));
        return Files.getLastModifiedTime(out).toMillis() > newest;
    }

    /** Writes {@code out} through a temporary file beside it, moved into place only once complete. */
    static void write(Path out, Body body) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            body.writeTo(o);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** When the file holding the class-path resource {@code name} (its jar, or itself) was last modified. */
    private static long modified(String name) throws IOException {
        java.net.URL u = ModelFiles.class.getClassLoader().getResource(name);
        if (u == null) throw new IOException("no " + name + " on the class path");
        try {
            String s = u.toString();
            java.net.URI file = s.startsWith("jar:") ? new java.net.URI(s.substring(4, s.indexOf("!/"))) : u.toURI();
            return Files.getLastModifiedTime(Path.of(file)).toMillis();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Long.MAX_VALUE;   // somewhere else: write the file again
        }
    }

    /** The private field {@code name} of {@code owner}, made accessible: CoreNLP has no public way in. */
    static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }
}
