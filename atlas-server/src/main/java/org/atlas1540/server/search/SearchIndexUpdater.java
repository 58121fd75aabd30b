package org.atlas1540.server.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.atlas1540.server.event.EventDocument;
import org.atlas1540.server.event.EventId;
import org.atlas1540.server.event.EventStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes the events a transaction stored once it has committed, all of them together: a
 * rolled-back import leaves no trace in the index. A bulk import's chunk hands over its new events'
 * documents with them, which are indexed as they are; otherwise the events are read back. The
 * indexing runs on one thread of its own, in the order of the commits. A transaction that stored
 * a few events (an upload) waits for them to be indexed, so that a search right after finds them;
 * a bulk import's chunk does not wait, and goes on storing the next chunk meanwhile (at most
 * {@link #QUEUED} chunks wait to be indexed). When the application stops, the waiting work is done
 * first.
 *
 * <p>A failure here never fails the import: it is logged, and the catch-up at the next start (or
 * {@code atlas reindex}) indexes the events. So does a crash before the work was done.
 */
@Component
class SearchIndexUpdater implements DisposableBean {
    /** Transactions that stored more events than this do not wait for the index. */
    static final int WAIT_UP_TO = 10;
    static final int QUEUED = 4;

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexUpdater.class);

    private final SearchIndexing indexing;
    private final TransactionTemplate newTransaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "search-index-updater");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore queued = new Semaphore(QUEUED);

    SearchIndexUpdater(SearchIndexing indexing, PlatformTransactionManager transactions) {
        this.indexing = indexing;
        // After commit, the storing transaction is over: reads and writes need one of their own.
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Notes the event in its transaction's list; the list is indexed after the commit. */
    @EventListener
    void on(EventStored stored) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            indexLater(Stored.of(Map.of(stored.event(), Optional.ofNullable(stored.document()))));
            return;
        }
        var pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        // A later store of the same event in the transaction replaces what an earlier one said of it.
        pending.events.put(stored.event(), Optional.ofNullable(stored.document()));
    }

    /**
     * What a committed transaction stored: its events' documents when it had all of them at hand
     * (a bulk import's new events), so that they need not be read back; otherwise its events, read
     * from the database.
     */
    private record Stored(List<EventId> events, List<EventDocument> documents) {
        static Stored of(Map<EventId, Optional<EventDocument>> stored) {
            var events = new ArrayList<>(stored.keySet());
            boolean allKnown = stored.values().stream().allMatch(Optional::isPresent);
            return new Stored(events, allKnown ? stored.values().stream().map(Optional::get).toList() : null);
        }
    }

    private void indexLater(Stored stored) {
        List<EventId> events = stored.events();
        try {
            queued.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            warn(events, e);
            return;
        }
        Future<?> done;
        try {
            done = worker.submit(() -> {
                try {
                    if (stored.documents() != null) {
                        indexing.indexDocuments(stored.documents());
                    } else {
                        newTransaction.executeWithoutResult(status -> indexing.index(events));
                    }
                } catch (RuntimeException e) {
                    warn(events, e);
                } finally {
                    queued.release();
                }
            });
        } catch (RuntimeException e) {
            queued.release();
            warn(events, e);
            return;
        }
        if (events.size() <= WAIT_UP_TO) {
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                warn(events, e);
            }
        }
    }

    private static void warn(List<EventId> events, Exception e) {
        LOG.warn("{} stored events were not indexed for search: {}. The index catches up with them at its next "
                + "start or catch-up; 'atlas reindex' rebuilds it.", events.size(), e.getMessage());
        LOG.debug("Indexing events {} failed", events, e);
    }

    /** Does the work already handed over before the index closes. */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.MINUTES)) {
            LOG.warn("The search index was not brought up to date before stopping; it catches up at the next start.");
        }
    }

    /** The events a transaction stored, indexed once it commits; forgotten when it rolls back. */
    private final class Pending implements TransactionSynchronization {
        private final Map<EventId, Optional<EventDocument>> events = new LinkedHashMap<>();

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SearchIndexUpdater.this);
            if (status == STATUS_COMMITTED) {
                indexLater(Stored.of(events));
            }
        }
    }
}
