/** Internal: reading the organisers and participants of a note into parties, with the rules for hard cases. */
package org.atlas1540.notes.parties;
