package org.atlas1540.notes.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ClauseBreaks finds by hand what CLAUSE finds: the same matches, in the same order, over any
 * region, as a {@code find()} loop. This test guards that when either changes.
 */
class ClauseBreaksTest {
    private static final String[] FRAGMENTS = {
        " ", "  ", "\t", "\n", "\r", "\u00A0", ",", ";", ", and ", "; ", "and", "And", "while", "whereas", "wherever",
        "whilst", "andorra", "Haiti", "needs", "x", "é", ".",
    };

    @Test
    void sameMatchesAsThePatternOnRandomSentences() {
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var sentence = new StringBuilder();
            int words = random.nextInt(12);
            for (int w = 0; w < words; w++) {
                sentence.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            String text = sentence.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            check(text, from, to);
            check(text, 0, text.length());
        }
    }

    @Test
    void sameMatchesAsThePatternOnTheEvaluationNotes() throws IOException {
        try (Stream<Path> notes = Files.list(Path.of("src/test/resources/eval/notes"))) {
            for (Path note : notes.toList()) {
                String text = Files.readString(note, StandardCharsets.UTF_8);
                check(text, 0, text.length());
            }
        }
    }

    private static void check(String text, int from, int to) {
        List<String> expected = new ArrayList<>();
        Matcher m = ClauseBreaks.CLAUSE.matcher(text).region(from, to);
        while (m.find()) {
            expected.add(m.start() + "-" + m.end());
        }
        List<String> found = new ArrayList<>();
        var breaks = new ClauseBreaks(text);
        int at = from;
        while (breaks.find(at, to)) {
            found.add(breaks.start() + "-" + breaks.end());
            at = breaks.end();
        }
        assertThat(found).as("'%s' [%d, %d)", text, from, to).isEqualTo(expected);
    }
}
