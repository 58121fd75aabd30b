package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Word starts found over part of a text answer, for any stretch inside that part, as those of the whole text. */
class WordStartsRangeTest {
    private static final String[] FRAGMENTS = {" ", "\n", ".", ", ", "-", "need", "Needs", "a need", "the ", "THE",
        "plan", "action plan", "é", "x1", "2", "\u212A", "unneeded", "held"};
    private static final Keywords KEYWORDS = Keywords.of("need", "a need", "the ", "action plan", "held", "x");

    @Test
    void answersAsTheWholeTextsWordStartsInsideTheRange() {
        var random = new Random(1540);
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            int count = random.nextInt(14);
            for (int i = 0; i < count; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            String s = text.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            var whole = new WordStarts(s);
            var part = new WordStarts(s, from, to);
            for (int q = 0; q < 5; q++) {
                int a = from + random.nextInt(to - from + 1);
                int b = a + random.nextInt(to - a + 1);
                assertThat(KEYWORDS.indexIn(part, a, b)).as("'%s' [%d, %d) in [%d, %d)", s, a, b, from, to)
                        .isEqualTo(KEYWORDS.indexIn(whole, a, b));
                assertThat(KEYWORDS.anyIn(part, a, b)).isEqualTo(KEYWORDS.anyIn(whole, a, b));
            }
        }
    }
}
