/**
 * Importing notes: {@link org.atlas1540.server.importing.NoteImporter} reads a file with the
 * atlas-notes reader and stores the whole note in one transaction, or nothing; the demo corpus is
 * imported into an empty database when the server starts.
 */
package org.atlas1540.server.importing;
