/**
 * Outreach events and the notes they were read from. Owns the event tables and the stored source
 * documents. Its API: {@link org.atlas1540.server.event.EventStore} stores what a note says (used
 * by the importing module; it publishes {@link org.atlas1540.server.event.EventStored}),
 * {@link org.atlas1540.server.event.EventTimeline} answers which events a State or an organisation
 * took part in (used by their pages), {@link org.atlas1540.server.event.EventDocuments} gives each
 * event as one document with its version (used by the search index), and {@link
 * org.atlas1540.server.event.EventCatalogue} gives every event a filter selects, for exports. Its
 * pages: home, the events list, each event laid out like its note, and the download of the original
 * file. Its JSON API: {@code /api/v1/events} (filters read by {@link
 * org.atlas1540.server.event.EventParams}) and {@code /api/v1/facts}.
 */
package org.atlas1540.server.event;
