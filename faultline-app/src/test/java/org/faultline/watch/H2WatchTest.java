package org.faultline.watch;

import org.faultline.store.Store;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The watch on the embedded H2 file database. */
class H2WatchTest extends WatchContract {
    @TempDir
    Path dir;

    @Override
    protected Store openEmpty() {
        return Store.open(null, dir.resolve("data"));
    }
}
