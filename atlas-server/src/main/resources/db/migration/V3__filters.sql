-- Indexes for the events list's filters (V1 has start_date and title). Each EXISTS of a filter
-- looks a value up with its event: (value, event_id) answers it from the index alone. Plain
-- CREATE INDEX, which H2 and PostgreSQL both accept.
CREATE INDEX events_kind ON events (kind);
CREATE INDEX events_venue_country ON events (venue_country);
CREATE INDEX event_parties_state_event ON event_parties (state_code, event_id);
CREATE INDEX event_parties_organisation_event ON event_parties (organisation_id, event_id);
CREATE INDEX event_topics_topic_event ON event_topics (topic, event_id);
