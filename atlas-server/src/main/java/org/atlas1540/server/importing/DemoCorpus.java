package org.atlas1540.server.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.atlas1540.server.event.EventStore;
import org.atlas1540.server.event.SourceOrigin;
import org.atlas1540.server.generate.GeneratedNote;
import org.atlas1540.server.generate.NoteGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports the demo corpus when the server starts on an empty database with the demo on
 * ({@code atlas.demo}); before the web server takes requests, so that no page shows half of it.
 * The corpus is the project's own evaluation notes, copied into the jar at build time, and
 * {@code atlas.demo-generated} notes written by the generator with a fixed seed (events of every
 * year from 2008 and every region, so that the pages look like a record in use).
 */
@Component
class DemoCorpus implements SmartLifecycle {
    /** Lifecycle phase: after the reference data is loaded (phase -200), before the web server starts. */
    static final int PHASE = -100;
    static final String LOCATION = "classpath:demo/notes/*.txt";
    /** The generator's seed for the demo: fixed, so that every demo shows the same events. */
    static final long SEED = 1540;

    private static final Logger LOG = LoggerFactory.getLogger(DemoCorpus.class);

    private final boolean enabled;
    private final int generated;
    private final EventStore events;
    private final NoteImporter importer;

    DemoCorpus(@Value("${atlas.demo:false}") boolean enabled, @Value("${atlas.demo-generated:300}") int generated,
            EventStore events, NoteImporter importer) {
        this.enabled = enabled;
        this.generated = generated;
        this.events = events;
        this.importer = importer;
    }

    private volatile boolean running;

    @Override
    public void start() {
        if (enabled && events.isEmpty()) {
            long started = System.nanoTime();
            ImportSummary summary = load();
            LOG.info("Demo data loaded in {} ms: {}", (System.nanoTime() - started) / 1_000_000, summary.line());
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

    /**
     * Imports the demo notes. They are read (and the generated ones written) on a few threads at
     * once, and stored in their order, {@link #CHUNK} to a transaction as {@code atlas import} stores
     * them (a chunk the database refuses is stored again note by note).
     */
    /** Notes stored in one transaction. */
    static final int CHUNK = 250;

    ImportSummary load() {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(runnable, "demo-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            var readings = new ArrayList<Future<Shown>>();
            for (Resource note : evaluationNotes()) {
                readings.add(pool.submit(() -> {
                    byte[] bytes = bytes(note);
                    return new Shown("demo/" + note.getFilename(), importer.read(note.getFilename(), bytes));
                }));
            }
            var generator = new NoteGenerator(SEED);
            for (int i = 0; i < generated; i++) {
                int index = i;
                readings.add(pool.submit(() -> {
                    GeneratedNote note = generator.note(index);
                    return new Shown("demo/generated/" + note.fileName(), importer.read(note.fileName(), note.bytes()));
                }));
            }
            var results = new ArrayList<ImportResult>();
            var chunk = new ArrayList<FileReading>();
            for (Future<Shown> reading : readings) {
                Shown shown = get(reading);
                chunk.add(FileReading.read(shown.name(), shown.reading()));
                if (chunk.size() == CHUNK) {
                    results.addAll(importer.storeAll(chunk, SourceOrigin.DEMO));
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) {
                results.addAll(importer.storeAll(chunk, SourceOrigin.DEMO));
            }
            var summary = new ImportSummary(results);
            summary.failures().forEach(f -> LOG.warn("Demo note {} was not imported: {}", f.source(), f.reason()));
            return summary;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Shown(String name, NoteReading reading) {
    }

    private Resource[] evaluationNotes() {
        Resource[] notes;
        try {
            notes = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the demo notes", e);
        }
        Arrays.sort(notes, Comparator.comparing(Resource::getFilename));
        return notes;
    }

    private static byte[] bytes(Resource note) {
        try (InputStream in = note.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo note " + note.getFilename(), e);
        }
    }

    private static Shown get(Future<Shown> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the demo notes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a demo note could not be read: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
