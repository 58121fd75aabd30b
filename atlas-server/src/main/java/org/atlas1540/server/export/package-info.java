/**
 * Exports for people who take the data elsewhere: events as CSV and JSON (with the events list's
 * filters), iCalendar feeds of all events and of each State's and organisation's, and the
 * participation matrix of States by events. Reads events only through the event module's API
 * ({@link org.atlas1540.server.event.EventCatalogue}, {@link org.atlas1540.server.event.EventTimeline}).
 */
package org.atlas1540.server.export;
