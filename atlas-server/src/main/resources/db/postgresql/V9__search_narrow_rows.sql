-- Full-text search on PostgreSQL (search module), laid out for searches with many hits. Measured at
-- 100,000 notes (docs/benchmarks.md, Search): a word that half the notes contain made V2's table
-- read every hit's whole row, and its tsvector of about 3 KB, to count the facets and to rank.
--
-- What changes:
-- * Narrow rows. Only small columns stay in the row (toast_tuple_target = 128): the texts and the
--   document's tsvector go to the TOAST table, read only for the page's 20 hits (headlines) or
--   when an index match needs a recheck (phrases). A hit that the GIN index finds costs a visit to
--   a row of about 300 bytes (V2: a heap of 13,000 pages for 100,000 notes; now about 4,000).
-- * The facets as numbers: region_bits and topic_bits hold one bit per region or topic (the order
--   is the search module's FacetBits; search_layout records it, and the index is rebuilt when it
--   changes). The regions and topics arrays are gone.
-- * title_terms: the title's own tsvector, kept in the row (STORAGE PLAIN, never compressed or moved
--   out), so that "does the title match" is cheap for every hit: hits whose title matches rank first.
-- * An index for "everything, newest first": (start_date DESC NULLS LAST, event_id DESC).
--
-- The table is rebuilt and its rows copied (their bits computed from the arrays with the layout of
-- this version), so no reindex is needed after the upgrade.
CREATE TABLE search_documents_v9 (
    event_id      BIGINT                   NOT NULL PRIMARY KEY,
    event_version TIMESTAMP WITH TIME ZONE NOT NULL,
    start_date    DATE,
    end_date      DATE,
    event_year    INT,
    region_bits   BIGINT                   NOT NULL,
    topic_bits    BIGINT                   NOT NULL,
    kind          VARCHAR(40)              NOT NULL,
    title_terms   tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, ''))) STORED,
    slug          VARCHAR(200)             NOT NULL,
    title         VARCHAR(1000),
    venue_text    VARCHAR(1000),
    parties       TEXT                     NOT NULL,
    keywords      TEXT                     NOT NULL,
    body          TEXT                     NOT NULL,
    -- Weighted: title A; venue and parties B; kind, year, regions and topic labels C; sections D.
    document      tsvector GENERATED ALWAYS AS (
                      setweight(to_tsvector('english', coalesce(title, '')), 'A')
                      || setweight(to_tsvector('english', coalesce(venue_text, '')), 'B')
                      || setweight(to_tsvector('english', parties), 'B')
                      || setweight(to_tsvector('english', keywords), 'C')
                      || setweight(to_tsvector('english', body), 'D')) STORED
) WITH (toast_tuple_target = 128);
ALTER TABLE search_documents_v9 ALTER COLUMN title_terms SET STORAGE PLAIN;
-- Out of the row and not compressed: a phrase is checked against each candidate's tsvector, and
-- reading it uncompressed was about a third quicker (no decompression per candidate).
ALTER TABLE search_documents_v9 ALTER COLUMN document SET STORAGE EXTERNAL;

INSERT INTO search_documents_v9 (event_id, event_version, start_date, end_date, event_year, region_bits,
    topic_bits, kind, slug, title, venue_text, parties, keywords, body)
SELECT d.event_id, d.event_version, d.start_date, d.end_date, d.event_year,
       (SELECT coalesce(sum(1::BIGINT << (array_position(l.regions, r) - 1)), 0)
          FROM unnest(d.regions) AS r WHERE r = ANY (l.regions)),
       (SELECT coalesce(sum(1::BIGINT << (array_position(l.topics, t) - 1)), 0)
          FROM unnest(d.topics) AS t WHERE t = ANY (l.topics)),
       d.kind, d.slug, d.title, d.venue_text, d.parties, d.keywords, d.body
  FROM search_documents d,
       (SELECT ARRAY['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] AS regions,
               ARRAY['national-action-plans', 'reporting', 'assistance', 'effective-practices', 'legislation',
                     'export-control', 'border-security', 'law-enforcement', 'biosecurity', 'chemical-security',
                     'nuclear-security', 'means-of-delivery', 'proliferation-financing', 'points-of-contact',
                     'regional-cooperation', 'civil-society'] AS topics) AS l;

DROP TABLE search_documents;
ALTER TABLE search_documents_v9 RENAME TO search_documents;
ALTER TABLE search_documents RENAME CONSTRAINT search_documents_v9_pkey TO search_documents_pkey;

CREATE INDEX search_documents_document ON search_documents USING GIN (document);
CREATE INDEX search_documents_newest ON search_documents (start_date DESC NULLS LAST, event_id DESC);

-- The layout of the bits above, as FacetBits.layout() writes it.
CREATE TABLE search_layout (
    facet_bits TEXT NOT NULL
);
INSERT INTO search_layout (facet_bits) VALUES ('regions=Africa,Americas,Asia,Europe,Oceania;topics='
    || 'national-action-plans,reporting,assistance,effective-practices,legislation,export-control,'
    || 'border-security,law-enforcement,biosecurity,chemical-security,nuclear-security,means-of-delivery,'
    || 'proliferation-financing,points-of-contact,regional-cooperation,civil-society');

ANALYZE search_documents;
