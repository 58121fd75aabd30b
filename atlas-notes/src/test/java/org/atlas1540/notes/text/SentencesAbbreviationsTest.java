package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.atlas1540.notes.Span;
import org.junit.jupiter.api.Test;

/**
 * Sentences tries at a dot only the abbreviations whose letter before the dot is the text's: it
 * splits exactly as the rule that tries every abbreviation at every dot (written out below).
 */
class SentencesAbbreviationsTest {
    private static final String[] FRAGMENTS = {" ", "  ", "\n", "\n\n", "\n- ", "\n• ", ". ", ".", "? ", "! ", "e.g.",
        "i.e.", "U.S.", "U.K.", "No.", "Nos.", "Mr.", "Dr.", "etc.", "St.", "para.", "paras.", "op.", "cf.", "vs.",
        "J.", "A", "The", "the", "word", "2011", "(", "\"", "“", "-", "x.", "eg.", "Sept.", "Art.", "é.", "1."};

    @Test
    void splitsAsTheRuleThatTriesEveryAbbreviation() {
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var text = new StringBuilder();
            int count = random.nextInt(16);
            for (int i = 0; i < count; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            char[] chars = text.toString().toCharArray();
            int from = random.nextInt(chars.length + 1);
            int to = from + random.nextInt(chars.length - from + 1);
            assertThat(Sentences.split(chars, from, to)).as("'%s' [%d, %d)", text, from, to)
                    .isEqualTo(everyAbbreviationTried(chars, from, to));
        }
    }

    private static List<Span> everyAbbreviationTried(char[] text, int from, int to) {
        var result = new ArrayList<Span>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text[i];
            boolean end = false;
            int next = i + 1;
            if ((c == '.' || c == '!' || c == '?') && next < to && text[next] == ' ') {
                char after = next + 1 < to ? text[next + 1] : 0;
                boolean startsSentence = Character.isUpperCase(after) || Character.isDigit(after) || after == '"'
                        || after == '\u201C' || after == '(' || after == '-';
                end = next + 1 < to && startsSentence && !abbreviationEndsAt(text, i, start);
            } else if (c == '\n') {
                end = next >= to || text[next] == '\n'
                        || (next + 1 < to && "-•*–▪·".indexOf(text[next]) >= 0 && text[next + 1] == ' ');
            }
            if (end) {
                add(result, text, start, c == '\n' ? i : next);
                start = next;
            }
        }
        add(result, text, start, to);
        return result;
    }

    private static boolean abbreviationEndsAt(char[] text, int dot, int sentenceStart) {
        for (String abbreviation : Sentences.ABBREVIATIONS) {
            int begin = dot + 1 - abbreviation.length();
            if (begin >= sentenceStart && new String(text).startsWith(abbreviation, begin)
                    && (begin == 0 || !Character.isLetter(text[begin - 1]))) {
                return true;
            }
        }
        return dot >= 1 && Character.isUpperCase(text[dot - 1]) && (dot < 2 || !Character.isLetterOrDigit(text[dot - 2]));
    }

    private static void add(List<Span> result, char[] text, int start, int end) {
        while (start < end && Character.isWhitespace(text[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        if (end > start) {
            result.add(new Span(start, end));
        }
    }
}
