package org.atlas1540.server.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings the search index up to date at start-up, after the demo import and before the web server
 * takes requests: it rebuilds a missing index and catches up with changes it missed (a crash
 * between an import's commit and the index's). A failure is logged, not fatal: the other pages
 * work without search, and {@code atlas reindex} repairs it.
 */
@Component
class SearchIndexSync implements SmartLifecycle {
    /** After the reference data (-200) and the demo corpus (-100), before the web server. */
    static final int PHASE = -50;

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexSync.class);

    private final boolean enabled;
    private final SearchIndexing indexing;
    private volatile boolean running;

    SearchIndexSync(@Value("${atlas.search.sync-on-start:true}") boolean enabled, SearchIndexing indexing) {
        this.enabled = enabled;
        this.indexing = indexing;
    }

    @Override
    public void start() {
        if (enabled) {
            try {
                long started = System.nanoTime();
                SearchIndexing.Catchup catchup = indexing.synchronise();
                if (catchup.rebuilt() || catchup.indexed() > 0 || catchup.removed() > 0) {
                    LOG.info("Search index {}: {} in {} ms", indexing.describe(), catchup.line(),
                            (System.nanoTime() - started) / 1_000_000);
                }
            } catch (RuntimeException e) {
                LOG.warn("The search index could not be brought up to date: {}. Search may miss events; "
                        + "run 'atlas reindex' to rebuild it.", e.getMessage());
                LOG.debug("Search index catch-up failed", e);
            }
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
