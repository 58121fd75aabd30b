package org.atlas1540.notes.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PartyListReader tries its INSTITUTION_NAME pattern only where one of its start words begins a
 * word of the piece; the answer must be that of {@code find()} over the piece as a region, which
 * holds only while every match starts with one of the words. This test guards that when the
 * pattern changes.
 */
class InstitutionNameAnchoredTest {
    private static final String[] FRAGMENTS = {
        "Ministry", "ministry", "MINISTRY", "Ministries", "Department", "Agency", "Office", "Institute", "Centre",
        "Center", "Service", "Services", "Authority", "Commission", "Committee", "Directorate", "Bureau", "Council",
        "Unit", "United", "Superintendency", "Supervision", "Inspectorate", "Administration", "Board", "Customs",
        "Affairs", "Trade", "Research", "Development", "Control", "Controls", "of", "and", "the", "Foreign", "Health",
        "Ghana", "UNODA", "(", ")", ",", "-", "/", "é", "_", "x", "1540", "\n", "Sub-Unit", "reUnit",
    };

    @Test
    void sameAnswerAsFindOnRandomPieces() {
        var random = new Random(1540);
        for (int n = 0; n < 30_000; n++) {
            var text = new StringBuilder();
            int words = 1 + random.nextInt(10);
            for (int w = 0; w < words; w++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(4) != 0) {
                    text.append(' ');
                }
            }
            String s = text.toString();
            int from = random.nextInt(s.length() + 1);
            check(s, from, from + random.nextInt(s.length() - from + 1));
        }
    }

    @Test
    void sameAnswerAsFindOnTheEvaluationNotes() throws IOException {
        try (Stream<Path> notes = Files.list(Path.of("src/test/resources/eval/notes"))) {
            for (Path note : notes.toList()) {
                String text = Files.readString(note, StandardCharsets.UTF_8);
                for (int from = 0; from < text.length(); from += 37) {
                    check(text, from, Math.min(text.length(), from + 60));
                }
            }
        }
    }

    private static void check(String text, int from, int to) {
        boolean expected = PartyListReader.INSTITUTION_NAME.matcher(text).region(from, to).find();
        boolean anchored = PartyListReader.INSTITUTION_NAME_STARTS.find(PartyListReader.INSTITUTION_NAME, text, from, to);
        assertThat(anchored).as("'%s' [%d, %d)", text, from, to).isEqualTo(expected);
    }
}
