/**
 * Loads the atlas-notes library's reference data (States, organisations) into the database at
 * start-up, through the state and organisation modules' registers. A data set whose fingerprint is
 * unchanged since the last load is skipped, so a restart does no work here.
 */
package org.atlas1540.server.reference;
