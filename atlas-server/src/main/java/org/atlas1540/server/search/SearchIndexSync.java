package org.atlas1540.server.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>With {@code atlas.search.catch-up-every} set (the {@code postgres} profile sets 30 s), the
 * index also catches up that often while the server runs: servers that share one PostgreSQL
 * database each keep their own Lucene index, and see what the others (or {@code atlas import})
 * store within that time. PostgreSQL's own index is shared, but an import run with the other
 * engine leaves it behind, which the same catch-up repairs.
 */
@Component
class SearchIndexSync implements SmartLifecycle {
    /** After the reference data (-200) and the demo corpus (-100), before the web server. */
    static final int PHASE = -50;

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexSync.class);

    private final boolean enabled;
    private final Duration every;
    private final SearchIndexing indexing;
    private volatile ScheduledExecutorService catchUps;
    private volatile boolean running;

    SearchIndexSync(@Value("${atlas.search.sync-on-start:true}") boolean enabled,
            @Value("${atlas.search.catch-up-every:0s}") Duration every, SearchIndexing indexing) {
        this.enabled = enabled;
        this.every = every;
        this.indexing = indexing;
    }

    @Override
    public void start() {
        if (enabled) {
            catchUp("brought up to date");
            if (!every.isZero() && !every.isNegative()) {
                catchUps = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    var thread = new Thread(runnable, "search-index-catch-up");
                    thread.setDaemon(true);
                    return thread;
                });
                catchUps.scheduleWithFixedDelay(() -> catchUp("caught up"), every.toMillis(), every.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
        running = true;
    }

    private void catchUp(String what) {
        try {
            long started = System.nanoTime();
            SearchIndexing.Catchup catchup = indexing.synchronise();
            if (catchup.rebuilt() || catchup.indexed() > 0 || catchup.removed() > 0) {
                LOG.info("Search index {}: {} in {} ms", indexing.describe(), catchup.line(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            LOG.warn("The search index could not be {}: {}. Search may miss events until it catches up at its next "
                    + "start or catch-up; 'atlas reindex' rebuilds it.", what, e.getMessage());
            LOG.debug("Search index catch-up failed", e);
        }
    }

    @Override
    public void stop() {
        running = false;
        ScheduledExecutorService scheduled = catchUps;
        if (scheduled != null) {
            scheduled.shutdown();
            try {
                scheduled.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
