/**
 * Synthetic information notes: {@link org.atlas1540.server.generate.NoteGenerator} writes realistic
 * notes in the varied layouts real notes use, each with the record a careful reader takes from it
 * (the JSON shape of the evaluation corpus), for the demo corpus, benchmarks and tests. Every text
 * is our own wording; names and codes come from the library's reference data. Deterministic: the
 * same seed gives the same notes, byte for byte.
 */
package org.atlas1540.server.generate;
