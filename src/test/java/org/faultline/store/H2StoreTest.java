package org.faultline.store;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The store suite on the embedded H2 file database. */
class H2StoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store openEmpty() {
        return Store.open(null, dir.resolve("data"));
    }

    @Override
    protected Store reopen() {
        return Store.open(null, dir.resolve("data"));
    }
}
