-- The State page's timeline also lists the events that a State's national bodies attended:
-- without this index, that part is a scan of every party of every event.
CREATE INDEX event_parties_national_state_event ON event_parties (national_state_code, event_id);
