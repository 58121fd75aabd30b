package org.atlas1540.notes.parties;

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
 * NameSeparators finds by hand what its patterns find: the same matches, in the same order, over
 * any region, as a {@code find()} loop with SEPARATORS and AND. This test guards that when either
 * changes.
 */
class NameSeparatorsTest {
    private static final String[] FRAGMENTS = {
        " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0", ",", ";", "/", " / ", "as well as", "As well as",
        "as well", "as", "well", "and", "And", "AND", "&", "andorra", "Serbia", "Ministry", "x", "é", "-", "(", ")",
    };

    @Test
    void sameMatchesAsThePatternsOnRandomFields() {
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var field = new StringBuilder();
            int words = random.nextInt(12);
            for (int w = 0; w < words; w++) {
                field.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            String text = field.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            check(text, from, to);
            check(text, 0, text.length());
        }
    }

    @Test
    void sameMatchesAsThePatternsOnTheEvaluationNotes() throws IOException {
        try (Stream<Path> notes = Files.list(Path.of("src/test/resources/eval/notes"))) {
            for (Path note : notes.toList()) {
                String text = Files.readString(note, StandardCharsets.UTF_8);
                check(text, 0, text.length());
            }
        }
    }

    private static void check(String text, int from, int to) {
        assertThat(byHand(text, from, to, true)).as("separators in '%s' [%d, %d)", text, from, to)
                .isEqualTo(byPattern(NameSeparators.SEPARATORS.matcher(text).region(from, to)));
        assertThat(byHand(text, from, to, false)).as("and in '%s' [%d, %d)", text, from, to)
                .isEqualTo(byPattern(NameSeparators.AND.matcher(text).region(from, to)));
    }

    private static List<String> byPattern(Matcher m) {
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> byHand(String text, int from, int to, boolean separators) {
        List<String> found = new ArrayList<>();
        var scan = new NameSeparators(text);
        int at = from;
        while (separators ? scan.findSeparator(at, to) : scan.findAnd(at, to)) {
            found.add(scan.start() + "-" + scan.end());
            at = scan.end();
        }
        return found;
    }
}
