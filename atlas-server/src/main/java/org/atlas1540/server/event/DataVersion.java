package org.atlas1540.server.event;

/**
 * Which state the stored events are in. Storing a note, as a new event or as a revision, adds a
 * revision with a new source document, so both numbers can only grow while nothing is deleted; the
 * latest source document also tells apart a database emptied and filled again to the same count.
 * Unchanged imports store nothing and leave it as it was.
 *
 * @param revisions    how many event revisions are stored
 * @param latestSource the highest source document id of a revision; 0 when none
 */
record DataVersion(long revisions, long latestSource) {
}
