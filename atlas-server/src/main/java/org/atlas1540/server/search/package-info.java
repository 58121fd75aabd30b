/**
 * Full-text search across all stored notes, with highlighted snippets and facets (year, region,
 * topic, kind). {@link org.atlas1540.server.search.SearchIndex} has two implementations: a Lucene
 * index in the data folder (the embedded default, beside the H2 file) and PostgreSQL's own full-text
 * search (profile {@code postgres}), which several servers can share. The index follows the event
 * module: it gathers each transaction's {@link org.atlas1540.server.event.EventStored} and indexes
 * those events after the commit, on a thread of its own; it reads events
 * through {@link org.atlas1540.server.event.EventDocuments}, and catches up at start-up with what it
 * missed. Its API: {@link org.atlas1540.server.search.SearchIndexing} (rebuild, for
 * {@code atlas reindex}). Its pages: {@code /search} and {@code /api/v1/search}.
 */
package org.atlas1540.server.search;
