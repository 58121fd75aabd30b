package org.atlas1540.server.search;

import org.atlas1540.server.event.EventStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes each event once the transaction that stored it has committed: a rolled-back import
 * leaves no trace in the index. A failure here never fails the import: it is logged, and the
 * catch-up at the next start (or {@code atlas reindex}) indexes the event.
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

    @TransactionalEventListener
    void on(EventStored stored) {
        try {
            newTransaction.executeWithoutResult(status -> indexing.index(stored.event()));
        } catch (RuntimeException e) {
            LOG.warn("Event {} was stored but not indexed for search: {}. The index catches up at the next start, "
                    + "or run 'atlas reindex'.", stored.event().value(), e.getMessage());
            LOG.debug("Indexing event {} failed", stored.event().value(), e);
        }
    }
}
