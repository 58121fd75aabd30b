/**
 * The public API of the notes reader: {@link org.atlas1540.notes.NoteReader} turns the bytes of an
 * information note (text, PDF or DOCX) into a {@link org.atlas1540.notes.Note};
 * {@link org.atlas1540.notes.NoteJson} writes it as JSON. Everything in sub-packages is internal.
 */
package org.atlas1540.notes;
