-- Date mentions and place mention spans, so the document view highlights them by offset. Portable SQL: runs
-- unchanged on H2 2.x and PostgreSQL 12+.

CREATE TABLE date_mention (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    mention_text    VARCHAR(4000),
    m_start         INTEGER NOT NULL,
    m_end           INTEGER NOT NULL,
    m_sentence      INTEGER NOT NULL,
    date_value      VARCHAR(10) NOT NULL,
    PRIMARY KEY (document_id, seq)
);

-- place_seq points at place(document_id, seq): the resolved place the span names.
CREATE TABLE place_mention (
    document_id     VARCHAR(128) NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    place_seq       INTEGER NOT NULL,
    mention_text    VARCHAR(1000),
    m_start         INTEGER NOT NULL,
    m_end           INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
);

-- merged_event_order (date_first, id) serves date filters and the event order at once. With a second index on
-- date_first alone, H2 picked that one for a date filter and then sorted every matching row.
DROP INDEX merged_event_date;

-- 1 when an event's date is coarser than a day (a month, a year): the event query reads the few such events that
-- begin before its "from" day through this index, instead of scanning a year of daily events.
ALTER TABLE merged_event ADD COLUMN date_coarse INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX merged_event_coarse ON merged_event(date_coarse, date_first);
UPDATE merged_event SET date_coarse = 1 WHERE date_last > date_first;
