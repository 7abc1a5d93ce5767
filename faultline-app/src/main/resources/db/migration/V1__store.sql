-- faultline corpus store. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 12+.
-- Report-level rows (document, report, claim, quote, place, citation, relation) are written once per
-- document in one transaction and never rewritten. merged_* tables are a view the store rebuilds.

CREATE TABLE document (
    id              VARCHAR(128) PRIMARY KEY,
    source_name     VARCHAR(4000),
    outlet          VARCHAR(1000),
    title           VARCHAR(4000),
    url             VARCHAR(4000),
    published       DATE,
    published_how   VARCHAR(40),
    body            VARCHAR,
    n_events        INTEGER NOT NULL,
    n_claims        INTEGER NOT NULL,
    n_quotes        INTEGER NOT NULL,
    n_places        INTEGER NOT NULL,
    n_citations     INTEGER NOT NULL,
    n_relations     INTEGER NOT NULL,
    stored_at       TIMESTAMP NOT NULL
);

CREATE TABLE report (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    id              VARCHAR(128) NOT NULL,
    event_date      VARCHAR(10),
    date_first      DATE,
    date_last       DATE,
    a1_name VARCHAR(1000), a1_country VARCHAR(3), a1_sector VARCHAR(40), a1_org VARCHAR(100), a1_code VARCHAR(100),
    a2_name VARCHAR(1000), a2_country VARCHAR(3), a2_sector VARCHAR(40), a2_org VARCHAR(100), a2_code VARCHAR(100),
    cameo           VARCHAR(4) NOT NULL,
    root            VARCHAR(2) NOT NULL,
    plover          VARCHAR(40),
    acled_type      VARCHAR(100),
    acled_sub_type  VARCHAR(100),
    pl_name VARCHAR(1000), pl_canonical VARCHAR(1000), pl_country VARCHAR(3), pl_admin1 VARCHAR(1000),
    pl_lat DOUBLE PRECISION, pl_lon DOUBLE PRECISION, pl_feature VARCHAR(40), pl_precision INTEGER, pl_aliases VARCHAR(4000),
    fatalities      INTEGER,
    rep_name VARCHAR(1000), rep_country VARCHAR(3), rep_sector VARCHAR(40), rep_org VARCHAR(100), rep_code VARCHAR(100),
    cit_outlet VARCHAR(1000), cit_date VARCHAR(10), cit_start INTEGER, cit_end INTEGER,
    status          VARCHAR(12) NOT NULL,
    ev_sentence     INTEGER NOT NULL,
    ev_start        INTEGER NOT NULL,
    ev_end          INTEGER NOT NULL,
    ev_text         VARCHAR NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX report_id ON report(id);

CREATE TABLE claim (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    id              VARCHAR(128) NOT NULL,
    c_name VARCHAR(1000), c_country VARCHAR(3), c_sector VARCHAR(40), c_org VARCHAR(100), c_code VARCHAR(100),
    stance          VARCHAR(6) NOT NULL,
    claim_text      VARCHAR,
    about_event     VARCHAR(128),
    contradicts     VARCHAR(128),
    cit_outlet VARCHAR(1000), cit_date VARCHAR(10), cit_start INTEGER, cit_end INTEGER,
    status          VARCHAR(12),
    ev_sentence     INTEGER NOT NULL,
    ev_start        INTEGER NOT NULL,
    ev_end          INTEGER NOT NULL,
    ev_text         VARCHAR NOT NULL,
    PRIMARY KEY (document_id, id)
);
CREATE INDEX claim_about ON claim(about_event);

CREATE TABLE quote (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    id              VARCHAR(128),
    s_name VARCHAR(1000), s_country VARCHAR(3), s_sector VARCHAR(40), s_org VARCHAR(100), s_code VARCHAR(100),
    quote_text      VARCHAR NOT NULL,
    q_start         INTEGER NOT NULL,
    q_end           INTEGER NOT NULL,
    ev_sentence INTEGER, ev_start INTEGER, ev_end INTEGER, ev_text VARCHAR,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE place (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    pl_name VARCHAR(1000) NOT NULL, pl_canonical VARCHAR(1000), pl_country VARCHAR(3), pl_admin1 VARCHAR(1000),
    pl_lat DOUBLE PRECISION NOT NULL, pl_lon DOUBLE PRECISION NOT NULL, pl_feature VARCHAR(40),
    pl_precision INTEGER NOT NULL, pl_aliases VARCHAR(4000),
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE citation (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    cit_outlet      VARCHAR(1000) NOT NULL,
    cit_date        VARCHAR(10),
    cit_start       INTEGER NOT NULL,
    cit_end         INTEGER NOT NULL,
    ev_sentence INTEGER, ev_start INTEGER, ev_end INTEGER, ev_text VARCHAR,
    PRIMARY KEY (document_id, seq)
);

CREATE TABLE relation (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    a_name VARCHAR(1000), a_country VARCHAR(3), a_sector VARCHAR(40), a_org VARCHAR(100), a_code VARCHAR(100),
    b_name VARCHAR(1000), b_country VARCHAR(3), b_sector VARCHAR(40), b_org VARCHAR(100), b_code VARCHAR(100),
    kind            VARCHAR(100) NOT NULL,
    ev_sentence INTEGER NOT NULL, ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL, ev_text VARCHAR NOT NULL,
    PRIMARY KEY (document_id, seq)
);

-- Reviews point at merged event ids (the smallest report id of the incident); rebuilding the view never touches them.
CREATE TABLE review (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    event_id        VARCHAR(128) NOT NULL,
    field           VARCHAR(100) NOT NULL,
    review_value    VARCHAR(4000),
    reviewer        VARCHAR(200) NOT NULL,
    reviewed_at     TIMESTAMP NOT NULL
);
CREATE INDEX review_event ON review(event_id);

-- The merged-event view: one row per incident, rebuilt from the report rows.
CREATE TABLE merged_event (
    id              VARCHAR(128) PRIMARY KEY,
    event_date      VARCHAR(10),
    date_first      DATE,
    date_last       DATE,
    a1_name VARCHAR(1000), a1_country VARCHAR(3), a1_sector VARCHAR(40), a1_org VARCHAR(100), a1_code VARCHAR(100),
    a2_name VARCHAR(1000), a2_country VARCHAR(3), a2_sector VARCHAR(40), a2_org VARCHAR(100), a2_code VARCHAR(100),
    cameo           VARCHAR(4) NOT NULL,
    root            VARCHAR(2) NOT NULL,
    plover          VARCHAR(40),
    acled_type      VARCHAR(100),
    acled_sub_type  VARCHAR(100),
    pl_name VARCHAR(1000), pl_canonical VARCHAR(1000), pl_country VARCHAR(3), pl_admin1 VARCHAR(1000),
    pl_lat DOUBLE PRECISION, pl_lon DOUBLE PRECISION, pl_feature VARCHAR(40), pl_precision INTEGER, pl_aliases VARCHAR(4000),
    fatalities      INTEGER,
    status          VARCHAR(12) NOT NULL,
    ev_sentence     INTEGER NOT NULL,
    ev_start        INTEGER NOT NULL,
    ev_end          INTEGER NOT NULL,
    ev_text         VARCHAR NOT NULL,
    n_reports       INTEGER NOT NULL,
    n_documents     INTEGER NOT NULL
);
CREATE INDEX merged_event_date ON merged_event(date_first);

CREATE TABLE merged_report (
    document_id     VARCHAR(128) NOT NULL,
    report_id       VARCHAR(128) NOT NULL,
    merged_id       VARCHAR(128) NOT NULL,
    PRIMARY KEY (document_id, report_id)
);
CREATE INDEX merged_report_merged ON merged_report(merged_id);

CREATE TABLE merged_claim (
    document_id     VARCHAR(128) NOT NULL,
    claim_id        VARCHAR(128) NOT NULL,
    merged_id       VARCHAR(128),
    contested       BOOLEAN NOT NULL,
    contested_by    VARCHAR(300),
    PRIMARY KEY (document_id, claim_id)
);
CREATE INDEX merged_claim_merged ON merged_claim(merged_id);

CREATE TABLE store_state (
    state_key       VARCHAR(100) PRIMARY KEY,
    state_value     VARCHAR(1000) NOT NULL
);
INSERT INTO store_state (state_key, state_value) VALUES ('merged_stale', 'true');
