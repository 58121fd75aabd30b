package org.atlas1540.notes.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * FieldLabel tries its label pattern only on a line that starts (after blanks) with one of the
 * label start words: that must never turn away a line the pattern matches. This test guards that
 * when a label spelling changes.
 */
class FieldLabelPrefilterTest {
    private static final String[] FRAGMENTS = {
        "Event", "event title", "Title", "Title of the event", "Name of event", "Name of the event", "Activity",
        "Organiser", "Organizers", "Organised by", "Organized by", "Co-organisers", "Co-organizer", "Host", "Hosts",
        "Hosted by", "Convened by", "Date", "Dates", "and", "&", "Venue", "Place", "Location", "Date/Venue",
        "Dates/Venue", "When", "Where", "Participants", "Participation", "Participating States",
        "Participating countries", "Attendees", "Attendance", "EVENT", "dAtE", ":", "\t", "  ", " ", "x", "é", "-",
        "Named", "Hostile", "Eventually", "1540",
    };

    @Test
    void neverTurnAwayALabelOnRandomLines() {
        var random = new Random(1540);
        int labels = 0;
        for (int n = 0; n < 50_000; n++) {
            var line = new StringBuilder();
            int words = random.nextInt(6);
            for (int w = 0; w < words; w++) {
                line.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(3) != 0) {
                    line.append(random.nextInt(5) == 0 ? "\t" : " ");
                }
            }
            if (check(line.toString())) {
                labels++;
            }
        }
        assertThat(labels).as("labelled lines tried").isGreaterThan(1000);
    }

    @Test
    void neverTurnAwayALabelOnTheEvaluationNotes() throws IOException {
        for (String dir : new String[] {"src/test/resources/eval/notes", "src/test/resources/eval-holdout/notes"}) {
            try (Stream<Path> notes = Files.list(Path.of(dir))) {
                for (Path note : notes.toList()) {
                    Files.readString(note, StandardCharsets.UTF_8).lines().forEach(FieldLabelPrefilterTest::check);
                }
            }
        }
    }

    /** Whether the line has a label (and then the prefilter let it through). */
    private static boolean check(String line) {
        if (FieldLabel.ANY.matcher(line).lookingAt()) {
            assertThat(FieldLabel.LABEL_STARTS.startsAt(line, FieldLabel.firstNonBlank(line))).as("'%s'", line).isTrue();
            return true;
        }
        return false;
    }
}
