package org.atlas1540.notes.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.atlas1540.notes.EvaluationNotes;
import org.junit.jupiter.api.Test;

/**
 * LayoutReader measures a line without copying it (most body lines are paragraphs too long for a
 * heading): its measures must be what the copy would give, and the shortcut must turn away only
 * lines that SectionHeadings would turn away.
 */
class LayoutLinesTest {
    /** White space of every kind Character.isWhitespace knows, some it does not, and ordinary text. */
    private static final String PIECES = " \t\u000B\u000C\u001C\u001F\u2003\u2028\u3000\u00A0\u2007\u202F\uFEFFab. :1"
            + "\uD83D\uDE00";

    @Test
    void measuresALineAsItsCopyOnRandomLines() {
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var text = new StringBuilder();
            int length = random.nextInt(random.nextInt(10) == 0 ? 200 : 12);
            for (int i = 0; i < length; i++) {
                text.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
            String s = text.toString();
            int start = random.nextInt(s.length() + 1);
            int end = start + random.nextInt(s.length() - start + 1);
            check(s, start, end);
        }
    }

    @Test
    void measuresEveryLineOfTheEvaluationNotesAsItsCopy() {
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            String text = note.text();
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                check(text, start, end);
                start = end + 1;
            }
        }
    }

    @Test
    void aLineTooLongForAHeadingIsNoHeadingWhateverItSays() {
        String longest = "Recommendations " + "A".repeat(SectionHeadings.MAX_LENGTH - 16);
        assertThat(SectionHeadings.match("  " + longest + " \t", true)).isPresent();
        assertThat(SectionHeadings.match(longest + "A", true)).isEmpty();
        assertThat(new LayoutReader.Line(" " + longest + "A ", 0, longest.length() + 3).strippedLength())
                .isGreaterThan(SectionHeadings.MAX_LENGTH);
    }

    private static void check(String text, int start, int end) {
        var line = new LayoutReader.Line(text, start, end);
        String copy = text.substring(start, end);
        assertThat(line.content()).isEqualTo(copy);
        assertThat(line.blank()).as("'%s'", copy).isEqualTo(copy.isBlank());
        assertThat(line.strippedLength()).as("'%s'", copy).isEqualTo(copy.strip().length());
    }
}
