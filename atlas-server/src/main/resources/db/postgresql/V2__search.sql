-- Full-text search on PostgreSQL (search module): one row per event, with the text to search, the
-- facet values, and what a hit shows. Written by the search module only, from what the event
-- module publishes; no foreign key to events, so that the index can be rebuilt at any time
-- (`atlas reindex`) and never blocks a change to the events.
-- H2 has its equivalent in db/h2 (the embedded default keeps a Lucene index on disk).
CREATE TABLE search_documents (
    event_id      BIGINT                   NOT NULL PRIMARY KEY,
    event_version TIMESTAMP WITH TIME ZONE NOT NULL,
    slug          VARCHAR(200)             NOT NULL,
    title         VARCHAR(1000),
    kind          VARCHAR(40)              NOT NULL,
    start_date    DATE,
    end_date      DATE,
    event_year    INT,
    venue_text    VARCHAR(1000),
    parties       TEXT                     NOT NULL,
    keywords      TEXT                     NOT NULL,
    regions       TEXT[]                   NOT NULL,
    topics        TEXT[]                   NOT NULL,
    body          TEXT                     NOT NULL,
    -- Weighted: title A; venue and parties B; kind, year, regions and topic labels C; sections D.
    document      tsvector GENERATED ALWAYS AS (
                      setweight(to_tsvector('english', coalesce(title, '')), 'A')
                      || setweight(to_tsvector('english', coalesce(venue_text, '')), 'B')
                      || setweight(to_tsvector('english', parties), 'B')
                      || setweight(to_tsvector('english', keywords), 'C')
                      || setweight(to_tsvector('english', body), 'D')) STORED
);

CREATE INDEX search_documents_document ON search_documents USING GIN (document);
CREATE INDEX search_documents_start_date ON search_documents (start_date);
