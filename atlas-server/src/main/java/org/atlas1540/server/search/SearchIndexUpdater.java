package org.atlas1540.server.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.atlas1540.server.event.EventId;
import org.atlas1540.server.event.EventStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes the events a transaction stored once it has committed, all of them together (a bulk
 * import stores hundreds per transaction): a rolled-back import leaves no trace in the index. A
 * failure here never fails the import: it is logged, and the catch-up at the next start (or
 * {@code atlas reindex}) indexes the events.
 */
@Component
class SearchIndexUpdater {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexUpdater.class);

    private final SearchIndexing indexing;
    private final TransactionTemplate newTransaction;

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
            index(List.of(stored.event()));
            return;
        }
        var pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.events.add(stored.event());
    }

    private void index(List<EventId> events) {
        try {
            newTransaction.executeWithoutResult(status -> indexing.index(events));
        } catch (RuntimeException e) {
            LOG.warn("{} stored events were not indexed for search: {}. The index catches up at the next start, "
                    + "or run 'atlas reindex'.", events.size(), e.getMessage());
            LOG.debug("Indexing events {} failed", events, e);
        }
    }

    /** The events a transaction stored, indexed once it commits; forgotten when it rolls back. */
    private final class Pending implements TransactionSynchronization {
        private final Set<EventId> events = new LinkedHashSet<>();

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SearchIndexUpdater.this);
            if (status == STATUS_COMMITTED) {
                index(new ArrayList<>(events));
            }
        }
    }
}
