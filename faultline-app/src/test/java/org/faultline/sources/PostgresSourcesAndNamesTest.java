package org.faultline.sources;

import org.faultline.store.Store;
import org.junit.jupiter.api.Assumptions;

/** Source track records and naming politics on PostgreSQL (FAULTLINE_PG_URL, _USER, _PASSWORD); skipped without them. */
class PostgresSourcesAndNamesTest extends SourcesAndNamesContract {
    static final String URL = System.getenv("FAULTLINE_PG_URL");

    @Override
    protected Store openEmpty() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "FAULTLINE_PG_URL is not set: skipping the PostgreSQL source and naming tests (source .ci/postgres.sh to run them)");
        Store s = Store.connect(URL, System.getenv("FAULTLINE_PG_USER"), System.getenv("FAULTLINE_PG_PASSWORD"));
        s.clear();
        return s;
    }
}
