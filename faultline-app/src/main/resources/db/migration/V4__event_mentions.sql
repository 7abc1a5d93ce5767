-- What a report keeps beyond its best sentence: the other sentences that tell the same event, the incident it
-- belongs to and the reasons that made it; and each document's sentence zones. Portable SQL: runs unchanged on
-- H2 2.x and PostgreSQL 12+. Written once with the document, like the report rows.

-- The incident id shared by the events of one document that tell one incident. NULL on rows stored before V4:
-- read back as the event's own id, which is what an event without an incident has.
ALTER TABLE report ADD COLUMN incident VARCHAR(128);

-- An event's other mentions, in text order (seq). report_id is report.id of the same document. m_zone is the zone
-- of sentence m_sentence, copied from the document's sentences when it is stored (NULL when it has none), so a
-- query can tell headline mentions from body ones without a join.
CREATE TABLE event_mention (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    report_id       VARCHAR(128) NOT NULL,
    seq             INTEGER NOT NULL,
    mention_text    VARCHAR NOT NULL,
    m_start         INTEGER NOT NULL,
    m_end           INTEGER NOT NULL,
    m_sentence      INTEGER NOT NULL,
    m_zone          VARCHAR(12),
    PRIMARY KEY (document_id, report_id, seq)
);

-- One row per why line, in the order the rules acted (seq), rather than one text column of lines: a line is kept
-- exactly whatever characters it holds (no separator to escape), and "which events did this rule or lexicon
-- line make" is a plain WHERE on why_line across the corpus.
CREATE TABLE event_why (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    report_id       VARCHAR(128) NOT NULL,
    seq             INTEGER NOT NULL,
    why_line        VARCHAR NOT NULL,
    PRIMARY KEY (document_id, report_id, seq)
);

-- Every sentence's span and zone (headline, dateline, byline, caption, subheading, question, quote, body: the
-- lower-case label of the Document JSON), in the document's order (seq). None for a document stored without them.
CREATE TABLE sentence_zone (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    s_start         INTEGER NOT NULL,
    s_end           INTEGER NOT NULL,
    s_zone          VARCHAR(12) NOT NULL,
    PRIMARY KEY (document_id, seq)
);
