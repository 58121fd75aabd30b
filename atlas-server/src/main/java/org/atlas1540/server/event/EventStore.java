package org.atlas1540.server.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final EventBatchWriter batchWriter;
    private final ApplicationEventPublisher publisher;

    EventStore(EventWriter writer, EventBatchWriter batchWriter, ApplicationEventPublisher publisher) {
        this.writer = writer;
        this.batchWriter = batchWriter;
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

    /**
     * Stores the file as the event's newest revision and replaces the event's data by the note's. The
     * facts the revised note still has keep their review, and the records that name a fact by number
     * follow it ({@link FactCarryOver}, {@link FactsRenumbered}).
     */
    @Transactional
    public EventRef revise(EventRef event, Note note, SourceFile file) {
        long source = writer.insertSource(note, file);
        writer.updateEvent(event.id(), note, source);
        writer.insertRevision(event.id(), source);
        List<FactCarryOver.StoredFact> factsBefore = writer.facts(event.id());
        writer.deleteDetails(event.id());
        writer.insertDetails(event.id(), note);
        if (!factsBefore.isEmpty()) {
            var carried = FactCarryOver.between(factsBefore, writer.facts(event.id()));
            carried.statuses().forEach((number, status) -> writer.setFactStatus(event.id(), number, status));
            if (carried.renumbered()) {
                publisher.publishEvent(new FactsRenumbered(event.slug(), carried.moved(), carried.gone()));
            }
        }
        publisher.publishEvent(new EventStored(event.id()));
        return event;
    }

    /**
     * Stores many notes in one transaction, each as {@link #create} or {@link #revise} would, or
     * not at all when its bytes were stored before; in their order, so that a later note about the
     * same event as an earlier one is its next revision. New events are written together, a batch
     * per table; a revision is written on its own. Keep the list to a few hundred notes. When the
     * database refuses a row, nothing of the list is stored and the exception is thrown: the
     * caller can then store the notes one by one to find the note at fault.
     *
     * @return what was done with each note, in the order given
     */
    @Transactional
    public List<StoredNote> storeAll(List<IncomingNote> notes) {
        var stored = new ArrayList<StoredNote>(notes.size());
        while (stored.size() < notes.size()) {
            storeRound(notes.subList(stored.size(), notes.size()), stored);
        }
        return stored;
    }

    /**
     * Stores notes from the head of the list, adding what was done to {@code stored}, until one
     * must wait for what the round wrote (the same event or file as a note of the round) or a
     * revision changed a stored event (which the round's look-up no longer describes).
     */
    private void storeRound(List<IncomingNote> notes, List<StoredNote> stored) {
        KnownEvents known = batchWriter.lookUp(notes);
        var round = new Round();
        for (IncomingNote in : notes) {
            Optional<EventRef> same = known.bySource(in.sha256());
            if (same.isPresent()) {
                round.already(same.get());
                continue;
            }
            if (round.concerns(in)) {
                break;
            }
            Optional<EventRef> existing = known.sameEvent(in.note(), in.file().fileName());
            if (existing.isPresent()) {
                round.write(stored);
                stored.add(new StoredNote(StoredNote.Outcome.NEW_REVISION, revise(existing.get(), in.note(), in.file())));
                return;
            }
            round.add(in, slugFor(in, known, round));
        }
        round.write(stored);
    }

    private String slugFor(IncomingNote in, KnownEvents known, Round round) {
        String base = EventWriter.slugBase(in.note());
        return Slugs.unique(base, slug -> round.hasSlug(slug)
                || (slug.equals(base) ? known.slugTaken(slug) : batchWriter.slugTaken(slug)));
    }

    /** The notes of a round, in order: new events to write together, and notes already stored. */
    private final class Round {
        private final List<Object> order = new ArrayList<>();
        private final List<EventBatchWriter.NewEvent> created = new ArrayList<>();
        private final Set<String> shas = new HashSet<>();
        private final Set<KnownEvents.TitleKey> titles = new HashSet<>();
        private final Set<String> fileNames = new HashSet<>();
        private final Set<String> slugs = new HashSet<>();

        void already(EventRef event) {
            order.add(new StoredNote(StoredNote.Outcome.ALREADY_STORED, event));
        }

        /** True when the note is about the same file or event as a note of this round. */
        boolean concerns(IncomingNote in) {
            KnownEvents.TitleKey title = KnownEvents.TitleKey.of(in.note());
            return shas.contains(in.sha256()) || (title != null && titles.contains(title))
                    || fileNames.contains(in.file().fileName());
        }

        boolean hasSlug(String slug) {
            return slugs.contains(slug);
        }

        void add(IncomingNote in, String slug) {
            var event = new EventBatchWriter.NewEvent(in, slug);
            order.add(event);
            created.add(event);
            shas.add(in.sha256());
            KnownEvents.TitleKey title = KnownEvents.TitleKey.of(in.note());
            if (title != null) {
                titles.add(title);
            }
            fileNames.add(in.file().fileName());
            slugs.add(slug);
        }

        /** Writes the new events and adds what was done with each note of the round to {@code stored}. */
        void write(List<StoredNote> stored) {
            List<EventBatchWriter.Inserted> inserted = created.isEmpty() ? List.of() : batchWriter.insertNew(created);
            int next = 0;
            for (Object item : order) {
                if (item instanceof StoredNote already) {
                    stored.add(already);
                } else {
                    EventBatchWriter.Inserted event = inserted.get(next++);
                    publisher.publishEvent(new EventStored(event.event().id(), event.document()));
                    stored.add(new StoredNote(StoredNote.Outcome.NEW_EVENT, event.event()));
                }
            }
            order.clear();
            created.clear();
        }
    }
}
