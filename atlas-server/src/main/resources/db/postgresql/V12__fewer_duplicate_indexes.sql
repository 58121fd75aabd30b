-- Fewer indexes for an import to keep up to date (PostgreSQL; H2 has its own V12). Each row written
-- is written into every index of its table, so an index that another one makes redundant only costs.
-- Dropped: indexes whose columns begin another index, which serves the same look-ups. (PostgreSQL
-- makes no index for a foreign key, so facts_state and events_venue_country stay here.)
DROP INDEX IF EXISTS event_parties_state;        -- event_parties_state_event (state_code, event_id)
DROP INDEX IF EXISTS event_parties_organisation; -- event_parties_organisation_event (organisation_id, event_id)
DROP INDEX IF EXISTS event_parties_role;         -- the primary key (event_id, role, position)
