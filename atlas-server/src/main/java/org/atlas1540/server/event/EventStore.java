package org.atlas1540.server.event;

import java.util.Optional;
import org.atlas1540.notes.Note;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for storing what notes say. Each call joins the caller's transaction, so that
 * an importer can store a whole note, or nothing, in one. Storing an event publishes {@link
 * EventStored} in that transaction.
 */
@Service
public class EventStore {
    private final EventWriter writer;
    private final ApplicationEventPublisher publisher;

    EventStore(EventWriter writer, ApplicationEventPublisher publisher) {
        this.writer = writer;
        this.publisher = publisher;
    }

    /** True when a file with these exact bytes (by SHA-256) is already stored. */
    @Transactional(readOnly = true)
    public boolean containsSource(String sha256) {
        return writer.sourceExists(sha256);
    }

    /** The event whose revisions include the file with these exact bytes (by SHA-256), if any. */
    @Transactional(readOnly = true)
    public Optional<EventRef> findBySource(String sha256) {
        return writer.findBySource(sha256);
    }

    /** True when no note has been stored yet. */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return !writer.anySource();
    }

    /**
     * The stored event that this note is about: one with the same start date and title, or one
     * read from a file of the same name.
     */
    @Transactional(readOnly = true)
    public Optional<EventRef> findSameEvent(Note note, String fileName) {
        return writer.findSameEvent(note, fileName);
    }

    /** Stores a new event read from the note, with the file as its first revision. */
    @Transactional
    public EventRef create(Note note, SourceFile file) {
        long source = writer.insertSource(note, file);
        EventRef event = writer.insertEvent(note, source);
        writer.insertRevision(event.id(), source);
        writer.insertDetails(event.id(), note);
        publisher.publishEvent(new EventStored(event.id()));
        return event;
    }

    /** Stores the file as the event's newest revision and replaces the event's data by the note's. */
    @Transactional
    public EventRef revise(EventRef event, Note note, SourceFile file) {
        long source = writer.insertSource(note, file);
        writer.updateEvent(event.id(), note, source);
        writer.insertRevision(event.id(), source);
        writer.deleteDetails(event.id());
        writer.insertDetails(event.id(), note);
        publisher.publishEvent(new EventStored(event.id()));
        return event;
    }
}
