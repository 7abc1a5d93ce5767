package org.faultline.store;

import org.junit.jupiter.api.Assumptions;

/** The text search on PostgreSQL (FAULTLINE_PG_URL, as {@link PostgresStoreTest}); skipped without it. */
class PostgresTextSearchTest extends TextSearchContract {
    @Override
    protected Store openEmpty() {
        String url = PostgresStoreTest.URL;
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "FAULTLINE_PG_URL is not set: skipping the PostgreSQL text search tests (source .ci/postgres.sh to run them)");
        Store s = Store.connect(url, System.getenv("FAULTLINE_PG_USER"), System.getenv("FAULTLINE_PG_PASSWORD"));
        s.clear();
        return s;
    }
}
