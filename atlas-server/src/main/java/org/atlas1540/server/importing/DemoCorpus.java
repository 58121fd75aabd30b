package org.atlas1540.server.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import org.atlas1540.server.event.EventStore;
import org.atlas1540.server.event.SourceOrigin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Imports the demo corpus, the project's own evaluation notes copied into the jar at build time,
 * when the server starts on an empty database with the demo on ({@code atlas.demo}); before the
 * web server takes requests, so that no page shows half of it.
 */
@Component
class DemoCorpus implements SmartLifecycle {
    /** Lifecycle phase: after the reference data is loaded (phase -200), before the web server starts. */
    static final int PHASE = -100;
    static final String LOCATION = "classpath:demo/notes/*.txt";

    private static final Logger LOG = LoggerFactory.getLogger(DemoCorpus.class);

    private final boolean enabled;
    private final EventStore events;
    private final NoteImporter importer;

    DemoCorpus(@Value("${atlas.demo:false}") boolean enabled, EventStore events, NoteImporter importer) {
        this.enabled = enabled;
        this.events = events;
        this.importer = importer;
    }

    private volatile boolean running;

    @Override
    public void start() {
        if (enabled && events.isEmpty()) {
            ImportSummary summary = load();
            LOG.info("Demo data loaded: {}", summary.line());
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

    ImportSummary load() {
        Resource[] notes;
        try {
            notes = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the demo notes", e);
        }
        Arrays.sort(notes, Comparator.comparing(Resource::getFilename));
        var results = new ArrayList<ImportResult>();
        for (Resource note : notes) {
            try (InputStream in = note.getInputStream()) {
                results.add(importer.importBytes(note.getFilename(), in.readAllBytes(), "demo/" + note.getFilename(),
                        SourceOrigin.DEMO));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the demo note " + note.getFilename(), e);
            }
        }
        var summary = new ImportSummary(results);
        summary.failures().forEach(f -> LOG.warn("Demo note {} was not imported: {}", f.source(), f.reason()));
        return summary;
    }
}
