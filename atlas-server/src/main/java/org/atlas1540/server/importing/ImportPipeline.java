package org.atlas1540.server.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.atlas1540.server.event.SourceOrigin;

/**
 * A bulk import: files are read (decoded, parsed, checked against what is stored) on a few
 * threads, while the calling thread stores them in their order, a chunk of notes per transaction.
 * At most {@link #MAX_IN_FLIGHT} files, and about {@link #MAX_CHUNK_BYTES} of them, are held at
 * once, read and waiting.
 */
final class ImportPipeline {
    /** Notes per transaction: large enough that per-transaction costs vanish, small for IN lists. */
    static final int CHUNK = 250;
    /** A chunk ends earlier when its files hold this much. */
    static final long MAX_CHUNK_BYTES = 32L << 20;
    static final int MAX_IN_FLIGHT = 2 * CHUNK;
    /** Files being read or waiting hold at most about this much (by their size on disk). */
    static final long MAX_IN_FLIGHT_BYTES = 64L << 20;

    private final NoteImporter importer;
    private final int threads;

    ImportPipeline(NoteImporter importer, int threads) {
        this.importer = importer;
        this.threads = threads;
    }

    /** Readers: one per core, at most four; the storing thread has work of its own but waits on the database too. */
    static int readerThreads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    ImportSummary run(List<Path> files, Consumer<ImportResult> progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(runnable, "import-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var results = new ArrayList<ImportResult>(files.size());
            var inFlight = new ArrayDeque<Future<FileReading>>();
            var sizes = new ArrayDeque<Long>();
            long inFlightBytes = 0;
            var chunk = new ArrayList<FileReading>(CHUNK);
            long chunkBytes = 0;
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < MAX_IN_FLIGHT
                        && (inFlight.isEmpty() || inFlightBytes < MAX_IN_FLIGHT_BYTES)) {
                    Path file = files.get(next++);
                    long size = sizeOf(file);
                    sizes.add(size);
                    inFlightBytes += size;
                    inFlight.add(pool.submit(() -> importer.readFile(file)));
                }
                FileReading reading = get(inFlight.poll());
                inFlightBytes -= sizes.poll();
                chunk.add(reading);
                chunkBytes += reading.bytes();
                if (chunk.size() >= CHUNK || chunkBytes >= MAX_CHUNK_BYTES || inFlight.isEmpty()) {
                    for (ImportResult result : importer.storeAll(chunk, SourceOrigin.IMPORT)) {
                        results.add(result);
                        progress.accept(result);
                    }
                    chunk.clear();
                    chunkBytes = 0;
                }
            }
            return new ImportSummary(results);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0; // the reader says why the file cannot be read
        }
    }

    private static FileReading get(Future<FileReading> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
