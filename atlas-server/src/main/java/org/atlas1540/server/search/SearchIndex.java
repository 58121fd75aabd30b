package org.atlas1540.server.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.atlas1540.server.event.EventId;

/**
 * A full-text index of the stored events. Two implementations, chosen by {@link SearchEngine}: {@link
 * LuceneSearchIndex} in the data folder (the default, with either database), {@link
 * PostgresSearchIndex} in PostgreSQL. Both read the
 * same query syntax ({@link ParsedQuery}) and answer the same contract (the tests run it on both).
 * Searching never fails on what a person typed; an index that cannot be used throws {@link
 * SearchUnavailableException}.
 */
interface SearchIndex {

    SearchResults search(SearchRequest request);

    /** Adds these documents, or replaces what the index held for their events. */
    void put(List<SearchDocument> documents);

    void remove(Collection<EventId> events);

    /**
     * Replaces the whole contents by the documents that {@code source} passes on, batch by batch.
     * Searches meanwhile see the old contents, or (Lucene, on a crash) the index is left as it was
     * and the next start catches up.
     *
     * @return how many documents the index now holds
     */
    int replaceAll(Consumer<Consumer<List<SearchDocument>>> source);

    /** The version of each event the index holds a document for. */
    Map<EventId, Instant> versions();

    /** True when the index must be rebuilt from scratch: new, or of an older layout. */
    boolean needsRebuild();

    /** Makes what was put so far durable. */
    void commit();

    /** Where the index is, for messages: a folder, or "PostgreSQL". */
    String describe();
}
