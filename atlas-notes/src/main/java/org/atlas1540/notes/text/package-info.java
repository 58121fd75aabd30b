/**
 * Internal: the normalised text of a note and the tools that work on it: normalisation and the
 * footnote repair rule, match folding, sentence splitting, and the bounded warning list.
 */
package org.atlas1540.notes.text;
