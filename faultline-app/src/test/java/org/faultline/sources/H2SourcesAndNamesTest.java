package org.faultline.sources;

import org.faultline.store.Store;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Source track records and naming politics on the embedded H2 file database. */
class H2SourcesAndNamesTest extends SourcesAndNamesContract {
    @TempDir
    Path dir;

    @Override
    protected Store openEmpty() {
        return Store.open(null, dir.resolve("data"));
    }
}
