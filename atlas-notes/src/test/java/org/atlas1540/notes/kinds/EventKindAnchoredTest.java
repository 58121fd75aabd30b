package org.atlas1540.notes.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.atlas1540.notes.EventKind;
import org.junit.jupiter.api.Test;

/**
 * EventKindClassifier tries its patterns only where one of their start words begins a word; the
 * kind must be the one a plain {@code find()} over the whole title gives, which holds only while
 * every match starts with one of the words. This test guards that when a pattern changes.
 */
class EventKindAnchoredTest {
    private static final String[] FRAGMENTS = {
        "country", "Country", "visit", "visits", "Visit", "to", "mission", "Missions", "Permanent", "permanent",
        "train", "the", "trainer", "trainers", "training", "Training", "course", "Courses", "workshop", "Workshops",
        "seminar", "webinar", "conference", "symposium", "symposia", "forum", "forums", "fora", "meeting",
        "consultation", "round", "table", "tables", "roundtable", "dialogue", "briefing", "side", "event", "events",
        "-", "–", "—", "\u2010", "\u2011", "  ", "\n", "on", "of", "1540", "(2004)", "x", "é", "_", "K\u212Aey",
        "sideline", "Forumx", "retraining", "coursework",
    };
    private final EventKindClassifier classifier = new EventKindClassifier();

    @Test
    void sameKindAsPlainFindOnRandomTitles() {
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var title = new StringBuilder();
            int words = 1 + random.nextInt(9);
            for (int w = 0; w < words; w++) {
                title.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(5) != 0) {
                    title.append(' ');
                }
            }
            check(title.toString());
        }
    }

    @Test
    void sameKindAsPlainFindOnTheEvaluationNotesLines() throws IOException {
        try (Stream<Path> notes = Files.list(Path.of("src/test/resources/eval/notes"))) {
            for (Path note : notes.toList()) {
                Files.readString(note, StandardCharsets.UTF_8).lines().forEach(this::check);
            }
        }
    }

    private void check(String title) {
        assertThat(classifier.classify(title)).as("'%s'", title).isEqualTo(byPlainFind(title));
    }

    /** The classifier's rules with {@code find()} over the whole title. */
    private static EventKind byPlainFind(String title) {
        if (EventKindClassifier.COUNTRY_VISIT.matcher(title).find()) {
            return EventKind.COUNTRY_VISIT;
        }
        Matcher word = EventKindClassifier.KIND_WORD.matcher(title);
        if (!word.find()) {
            return EventKind.OTHER;
        }
        if (word.group("training") != null) {
            return EventKind.TRAINING_COURSE;
        } else if (word.group("workshop") != null) {
            return EventKind.WORKSHOP;
        } else if (word.group("seminar") != null) {
            return EventKind.SEMINAR;
        } else if (word.group("conference") != null) {
            return EventKind.CONFERENCE;
        }
        return EventKind.MEETING;
    }
}
