package org.atlas1540.server.event;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.atlas1540.notes.Note;

/**
 * What the database held, when a batch of notes was looked up in it at once: the events of their
 * files (by SHA-256), the events they may be about (by start date and title, by file name), and
 * which of their slugs are taken. Answers as {@link EventWriter#findBySource} and {@link
 * EventWriter#findSameEvent} would, for those notes, until the batch changes a stored event.
 */
final class KnownEvents {
    private final Map<String, EventRef> bySource;
    private final Map<TitleKey, EventRef> byTitle;
    private final Map<String, EventRef> byFileName;
    private final Set<String> takenSlugs;

    KnownEvents(Map<String, EventRef> bySource, Map<TitleKey, EventRef> byTitle, Map<String, EventRef> byFileName,
            Set<String> takenSlugs) {
        this.bySource = bySource;
        this.byTitle = byTitle;
        this.byFileName = byFileName;
        this.takenSlugs = takenSlugs;
    }

    Optional<EventRef> bySource(String sha256) {
        return Optional.ofNullable(bySource.get(sha256));
    }

    /** The same rule as {@link EventWriter#findSameEvent}: start date and title first, then the file name. */
    Optional<EventRef> sameEvent(Note note, String fileName) {
        TitleKey key = TitleKey.of(note);
        if (key != null && byTitle.containsKey(key)) {
            return Optional.of(byTitle.get(key));
        }
        return Optional.ofNullable(byFileName.get(fileName));
    }

    boolean slugTaken(String slug) {
        return takenSlugs.contains(slug);
    }

    /** How an event is recognised by what its note says: its start date and its title as stored. */
    record TitleKey(LocalDate start, String title) {
        static TitleKey of(Note note) {
            return note.dates() == null || note.title() == null ? null
                    : new TitleKey(note.dates().start(), Columns.name(note.title()));
        }
    }
}
