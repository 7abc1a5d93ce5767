package org.faultline.ingest;

import java.nio.file.Path;

/**
 * The bytes of one input.
 *
 * @param name  the input as the user named it ("-" for standard input), for messages
 * @param path  the file, or null for standard input and bundled resources
 * @param bytes the content
 * @param meta  the content of a sibling NAME.meta file, or null
 */
record RawInput(String name, Path path, byte[] bytes, String meta) {
    /** The file name without directory and extension, or null for standard input. */
    String baseName() {
        if (path == null) return null;
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
