-- Fewer indexes for an import to keep up to date (H2; PostgreSQL has its own V12). Each row written
-- is written into every index of its table, so an index that another one makes redundant only costs.
-- Dropped: indexes whose columns begin another index (which serves the same look-ups), and, on H2,
-- indexes on a column that H2 indexed already for its foreign key. IF EXISTS: harmless if gone.
DROP INDEX IF EXISTS event_parties_state;        -- event_parties_state_event (state_code, event_id)
DROP INDEX IF EXISTS event_parties_organisation; -- event_parties_organisation_event (organisation_id, event_id)
DROP INDEX IF EXISTS event_parties_role;         -- the primary key (event_id, role, position)
DROP INDEX IF EXISTS facts_state;                -- H2's index of the foreign key facts.state_code
DROP INDEX IF EXISTS events_venue_country;       -- H2's index of the foreign key events.venue_country
