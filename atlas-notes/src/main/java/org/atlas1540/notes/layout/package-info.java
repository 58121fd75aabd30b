/** Internal: the layout of a note: the header of labelled fields and the body sections, with their spans. */
package org.atlas1540.notes.layout;
