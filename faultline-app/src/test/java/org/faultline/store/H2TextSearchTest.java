package org.faultline.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The text search on the embedded H2 file database. */
class H2TextSearchTest extends TextSearchContract {
    @TempDir
    Path dir;

    @Override
    protected Store openEmpty() {
        return Store.open(null, dir.resolve("data"));
    }
}
