/**
 * Importing notes: {@link org.atlas1540.server.importing.NoteImporter} reads a file with the
 * atlas-notes reader and stores the whole note, or nothing: one note per transaction, or many files
 * at once ({@code atlas import}), read on several threads and stored a chunk per transaction, a
 * refused chunk again note by note; the demo corpus is imported into an empty database when the
 * server starts.
 */
package org.atlas1540.server.importing;
