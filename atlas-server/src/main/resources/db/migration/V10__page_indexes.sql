-- The State page's timeline also lists the events that a State's national bodies attended:
-- without this index, that part is a scan of every party of every event.
CREATE INDEX event_parties_national_state_event ON event_parties (national_state_code, event_id);

-- Every page's footer says whether any stored file came from the demo corpus.
CREATE INDEX source_documents_origin ON source_documents (origin);
