package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.atlas1540.notes.EvaluationNotes;
import org.junit.jupiter.api.Test;

/**
 * The normaliser keeps runs of ordinary characters a run at a time: it cleans exactly as the rule
 * that reads one character at a time (written out below, as it was) followed by the footnote repair.
 */
class TextNormaliserRunsTest {
    private static final String[] FRAGMENTS = {"a", "Word", " ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\r", "\r\n",
        "\u000B", "\f", "\u0000", "\u0001", "\u001F", "\u007F", "\u0084", "\u0085", "\u00A0", "\u2007", "\u202F",
        "\u2009", "\u3000", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u2028", "\u2029", "é",
        "’", "–", "~", "}", "1540", " \n", "\t\n", "\u00A0\n", "Information Note", "¹", "For information only"};
    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void cleansAsOneCharacterAtATimeOnRandomTexts() {
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var text = new StringBuilder();
            int count = random.nextInt(20);
            for (int i = 0; i < count; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            String s = text.toString();
            assertThat(normaliser.normalise(s)).as("'%s'", s).isEqualTo(oneCharacterAtATimeThenRepaired(s));
        }
    }

    @Test
    void cleansAsOneCharacterAtATimeOnTheEvaluationNotes() {
        for (EvaluationNotes.Note note : EvaluationNotes.all()) {
            String text = note.text();
            assertThat(normaliser.normalise(text)).isEqualTo(oneCharacterAtATimeThenRepaired(text));
            String crlf = text.replace("\n", "\r\n");
            assertThat(normaliser.normalise(crlf)).isEqualTo(oneCharacterAtATimeThenRepaired(crlf));
        }
    }

    private static String oneCharacterAtATimeThenRepaired(String text) {
        char[] chars = text.toCharArray();
        int length = oneCharacterAtATime(chars);
        length = new FootnoteRepair().repair(chars, length);
        return new String(chars, 0, length);
    }

    private static int oneCharacterAtATime(char[] in) {
        char[] out = in;
        int length = 0;
        int blankRun = 0;
        boolean lineHasText = false;
        int lineStart = 0;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (c > ' ' && c < '\u0085') {
                // a visible character with nothing to change, nearly every character of a note: kept
                lineHasText = true;
                out[length++] = c;
                continue;
            }
            if (c == '\r') {
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c >= '\u0085') {
                switch (c) {
                    case '\u00A0', '\u2007', '\u202F', '\u2009', '\u2002', '\u2003', '\u2000', '\u2001', '\u3000' -> c = ' ';
                    case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                        continue;
                    }
                    case '\u2028', '\u2029', '\u0085' -> c = '\n';
                    default -> {
                    }
                }
            } else if (c == '\u000B' || c == '\u000C') {
                c = '\n';
            }
            if (c < ' ' && c != '\n' && c != '\t') {
                continue;
            }
            if (c == '\n') {
                length = trimTrailingSpaces(out, lineStart, length);
                if (!lineHasText) {
                    blankRun++;
                    length = lineStart;
                    if (blankRun > 1 || length == 0) {
                        continue;
                    }
                } else {
                    blankRun = 0;
                }
                out[length++] = '\n';
                lineStart = length;
                lineHasText = false;
                continue;
            }
            if (c != ' ' && c != '\t') {
                lineHasText = true;
            }
            out[length++] = c;
        }
        length = trimTrailingSpaces(out, lineStart, length);
        if (!lineHasText) {
            length = lineStart;
        }
        while (length > 0 && out[length - 1] == '\n') {
            length--;
        }
        return length;
    }

    private static int trimTrailingSpaces(char[] out, int lineStart, int length) {
        int end = length;
        while (end > lineStart && (out[end - 1] == ' ' || out[end - 1] == '\t')) {
            end--;
        }
        return end;
    }
}
