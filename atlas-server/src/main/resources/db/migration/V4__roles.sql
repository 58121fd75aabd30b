-- Roles of parties beyond the note's two lists: 'host', 'speaker' and 'remote'. A party with such a
-- role has a row for it besides its 'organiser' or 'participant' row, so that every query that reads
-- the two lists reads them as before. Identity of the party: state_code, organisation_id or
-- unresolved_name, as in its list row.
--
-- V1 wrote the role CHECK without a name, and H2 and PostgreSQL name it differently, so no ALTER can
-- drop it in both: the table is built anew with the wider CHECK, its rows copied, and its indexes
-- made again. (Nothing references event_parties.)
CREATE TABLE event_parties_v4 (
    event_id            BIGINT        NOT NULL REFERENCES events (id),
    role                VARCHAR(20)   NOT NULL
        CHECK (role IN ('organiser', 'participant', 'host', 'speaker', 'remote')),
    position            INT           NOT NULL,
    party_type          VARCHAR(20)   NOT NULL CHECK (party_type IN ('state', 'organisation', 'unresolved')),
    state_code          VARCHAR(3) REFERENCES states (code),
    organisation_id     VARCHAR(40) REFERENCES organisations (id),
    unresolved_name     VARCHAR(1000),
    name                VARCHAR(1000) NOT NULL,
    mention             VARCHAR(1000) NOT NULL,
    national_state_code VARCHAR(3) REFERENCES states (code),
    span_start          INT           NOT NULL,
    span_end            INT           NOT NULL,
    remark              VARCHAR(1000),
    CONSTRAINT event_parties_key PRIMARY KEY (event_id, role, position),
    CHECK (party_type <> 'state' OR state_code IS NOT NULL),
    CHECK (party_type <> 'unresolved' OR unresolved_name IS NOT NULL)
);

INSERT INTO event_parties_v4 (event_id, role, position, party_type, state_code, organisation_id, unresolved_name,
        name, mention, national_state_code, span_start, span_end, remark)
    SELECT event_id, role, position, party_type, state_code, organisation_id, unresolved_name,
        name, mention, national_state_code, span_start, span_end, remark
    FROM event_parties;

DROP TABLE event_parties;

ALTER TABLE event_parties_v4 RENAME TO event_parties;

CREATE INDEX event_parties_state ON event_parties (state_code);
CREATE INDEX event_parties_organisation ON event_parties (organisation_id);
CREATE INDEX event_parties_role ON event_parties (event_id, role);
-- the events list's filter indexes of V3, dropped with the old table
CREATE INDEX event_parties_state_event ON event_parties (state_code, event_id);
CREATE INDEX event_parties_organisation_event ON event_parties (organisation_id, event_id);

-- Importing looks a note's event up by its file name as well (a changed file for the same event);
-- without an index that is a scan of every stored file per import.
CREATE INDEX source_documents_file_name ON source_documents (original_file_name);
