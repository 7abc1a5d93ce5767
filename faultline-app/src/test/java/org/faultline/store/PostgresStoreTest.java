package org.faultline.store;

import org.junit.jupiter.api.Assumptions;

/**
 * The store suite on PostgreSQL. Needs FAULTLINE_PG_URL (and FAULTLINE_PG_USER, FAULTLINE_PG_PASSWORD);
 * {@code source .ci/postgres.sh} starts a local server and sets them. Skipped without them.
 */
class PostgresStoreTest extends StoreContract {
    static final String URL = System.getenv("FAULTLINE_PG_URL");

    @Override
    protected Store openEmpty() {
        Store s = reopen();
        s.clear();
        return s;
    }

    @Override
    protected Store reopen() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(),
                "FAULTLINE_PG_URL is not set: skipping the PostgreSQL store tests (source .ci/postgres.sh to run them)");
        return Store.connect(URL, System.getenv("FAULTLINE_PG_USER"), System.getenv("FAULTLINE_PG_PASSWORD"));
    }
}
