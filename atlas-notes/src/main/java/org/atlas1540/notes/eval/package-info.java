/**
 * Scores what the reader read from information notes against hand-made expected records, field by
 * field, the way header-extraction tools are evaluated: precision, recall and F1 per field,
 * micro-averaged over notes, and the share of notes with every field right.
 *
 * <p>The scorer works on JSON trees only and does not depend on the reader's classes, so it can
 * score any reader that writes the same field names. Entry point: {@link
 * org.atlas1540.notes.eval.Evaluation#score(java.util.List)}.
 */
package org.atlas1540.notes.eval;
