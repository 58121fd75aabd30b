package org.atlas1540.server.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.atlas1540.server.event.EventDocument;
import org.atlas1540.server.event.EventDocuments;
import org.atlas1540.server.event.EventId;
import org.springframework.stereotype.Service;

/**
 * The module's API for keeping the index in step with the stored events: rebuild it all ({@code
 * atlas reindex}), catch up with what it missed (at start-up), or index one event (after each
 * import). The database is the truth; the index can always be rebuilt from it.
 */
@Service
public class SearchIndexing {
    /** Events read and indexed per batch. */
    static final int BATCH = 500;

    private final SearchIndex index;
    private final EventDocuments events;
    private final SearchDocuments documents;

    SearchIndexing(SearchIndex index, EventDocuments events, SearchDocuments documents) {
        this.index = index;
        this.events = events;
        this.documents = documents;
    }

    /** Rebuilds the whole index from the database; returns how many events it holds. */
    public int rebuild() {
        List<EventId> ids = events.ids();
        return index.replaceAll(sink -> forEachBatch(ids, sink));
    }

    /** Where the index is, for messages. */
    public String describe() {
        return index.describe();
    }

    /**
     * Brings the index up to date: rebuilt when it is new or of an older layout; otherwise each
     * event whose version differs is indexed again, and events no longer stored are removed.
     */
    Catchup synchronise() {
        if (index.needsRebuild()) {
            return new Catchup(rebuild(), 0, true);
        }
        Map<EventId, Instant> stored = events.versions();
        Map<EventId, Instant> indexed = index.versions();
        var stale = new ArrayList<EventId>();
        stored.forEach((id, version) -> {
            if (!Objects.equals(indexed.get(id), version)) {
                stale.add(id);
            }
        });
        List<EventId> gone = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
        stale.sort(Comparator.comparingLong(EventId::value));
        forEachBatch(stale, index::put);
        index.remove(gone);
        index.commit();
        return new Catchup(stale.size(), gone.size(), false);
    }

    /** Indexes these events as they are stored now, and removes those no longer stored. */
    void index(List<EventId> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<EventId> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<EventDocument> found = events.load(batch);
            index.put(documents.from(found));
            Set<EventId> stored = found.stream().map(EventDocument::id).collect(Collectors.toSet());
            index.remove(batch.stream().filter(id -> !stored.contains(id)).toList());
        }
    }

    /** Indexes these documents of stored events, made by the storing code as they would be read back. */
    void indexDocuments(List<EventDocument> stored) {
        index.put(documents.from(stored));
    }

    private void forEachBatch(List<EventId> ids, Consumer<List<SearchDocument>> sink) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            sink.accept(documents.from(events.load(ids.subList(from, Math.min(ids.size(), from + BATCH)))));
        }
    }

    /**
     * What a catch-up did.
     *
     * @param indexed how many events were (re)indexed
     * @param removed how many documents of events no longer stored were removed
     * @param rebuilt whether the whole index was rebuilt
     */
    record Catchup(int indexed, int removed, boolean rebuilt) {
        String line() {
            return rebuilt ? "rebuilt with " + indexed + " events"
                    : indexed + " events indexed, " + removed + " removed";
        }
    }
}
