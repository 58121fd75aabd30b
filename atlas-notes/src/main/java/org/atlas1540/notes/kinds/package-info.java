/**
 * Internal: tells what kind of outreach event ({@link org.atlas1540.notes.EventKind}) a note
 * reports, from the event's title. The entry point is
 * {@link org.atlas1540.notes.kinds.EventKindClassifier}.
 */
package org.atlas1540.notes.kinds;
