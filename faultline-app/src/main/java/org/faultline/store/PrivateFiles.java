package org.faultline.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The embedded database's folder and files, readable by their owner only: the folder 0700 and H2's files 0600 on a
 * POSIX file system (elsewhere they keep what the system gives). A folder the store did not create is made 0700 only
 * when it holds nothing but the database's own files, so {@code --data .} never locks up a working folder.
 */
final class PrivateFiles {
    /** H2 names its files after this: faultline.mv.db, faultline.trace.db, faultline.lock.db, ... */
    static final String H2_NAME = "faultline";

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {}

    /** Creates {@code folder} (and missing parents) 0700, or tightens an existing folder that is the store's alone. */
    static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            if (posix(folder) && onlyDatabaseFiles(folder)) Files.setPosixFilePermissions(folder, FOLDER);
            return;
        }
        if (!posix(nearestExisting(folder))) {
            Files.createDirectories(folder);
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) createFolder(parent);
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) throw e;   // made meanwhile by another process: fine
        }
        Files.setPosixFilePermissions(folder, FOLDER);   // the umask may have taken bits off, never added: set exactly
    }

    /** Makes every database file in {@code folder} 0600. */
    static void restrict(Path folder) throws IOException {
        if (!Files.isDirectory(folder) || !posix(folder)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, H2_NAME + ".*")) {
            for (Path f : files) {
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) continue;
                if (!Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS).equals(FILE)) {
                    try {
                        Files.setPosixFilePermissions(f, FILE);
                    } catch (java.nio.file.NoSuchFileException gone) {
                        // a temporary file H2 removed meanwhile
                    }
                }
            }
        }
    }

    /**
     * The store's lock file ({@code faultline.open.lock}), created 0600, that a process holds while it opens the
     * store: it is never removed, so two processes always lock the same file.
     */
    static FileChannel openLock(Path folder) throws IOException {
        Path file = folder.resolve(H2_NAME + ".open.lock");
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return posix(folder) ? FileChannel.open(file, options, PosixFilePermissions.asFileAttribute(FILE))
                : FileChannel.open(file, options);
    }

    private static boolean onlyDatabaseFiles(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path e : entries) if (!e.getFileName().toString().startsWith(H2_NAME + ".")) return false;
        }
        return true;
    }

    static boolean posix(Path existing) throws IOException {
        return Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    private static Path nearestExisting(Path p) {
        Path at = p.toAbsolutePath();
        while (at != null && !Files.exists(at)) at = at.getParent();
        return at == null ? p.toAbsolutePath().getRoot() : at;
    }
}
