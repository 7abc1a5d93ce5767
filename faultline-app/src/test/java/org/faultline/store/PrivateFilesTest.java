package org.faultline.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Issue 13: the embedded store's folder is 0700 and its files 0600 (POSIX file systems only). */
class PrivateFilesTest {
    @TempDir
    Path dir;

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static List<Path> databaseFiles(Path folder) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "faultline.*")) {
            s.forEach(out::add);
        }
        return out;
    }

    @Test
    void aNewStoreIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(PrivateFiles.posix(dir), "not a POSIX file system: permissions are the system's");
        Path data = dir.resolve("new/data");
        try (Store s = Store.open(null, data)) {
            s.put(Fixtures.toldThreeTimes());
            assertEquals("rwx------", mode(data));
            assertEquals("rwx------", mode(data.getParent()), "a missing parent is created private too");
            List<Path> files = databaseFiles(data);
            assertFalse(files.isEmpty());
            for (Path f : files) assertEquals("rw-------", mode(f), f.toString());
        }
        for (Path f : databaseFiles(data)) assertEquals("rw-------", mode(f), "after close: " + f);
    }

    @Test
    void anOldStoreFolderIsTightenedAndAWorkingFolderIsLeftAlone() throws IOException {
        assumeTrue(PrivateFiles.posix(dir), "not a POSIX file system: permissions are the system's");
        Path data = dir.resolve("data");
        try (Store s = Store.open(null, data)) {
            assertEquals(0, s.counts().documents());
        }
        // as an older faultline left it: world-readable folder and files
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (Path f : databaseFiles(data)) Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        try (Store s = Store.open(null, data)) {
            assertEquals("rwx------", mode(data));
            for (Path f : databaseFiles(data)) assertEquals("rw-------", mode(f), f.toString());
        }

        Path work = dir.resolve("work");
        Files.createDirectory(work);
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(work.resolve("notes.txt"), "my notes");
        try (Store s = Store.open(null, work)) {
            assertEquals(0, s.counts().documents());
        }
        assertEquals("rwxr-xr-x", mode(work), "a folder holding other files keeps its mode");
        List<Path> files = databaseFiles(work);
        assertFalse(files.isEmpty());
        for (Path f : files) assertEquals("rw-------", mode(f), f.toString());
        assertEquals("my notes", Files.readString(work.resolve("notes.txt")));
    }
}
