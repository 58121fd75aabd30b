package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * KeywordSets answers for several sets at once what each set's {@link Keywords#anyIn(WordStarts, int, int)}
 * answers by itself: bit k of presentIn is sets[k].anyIn, over any range of any text.
 */
class KeywordSetsTest {
    private static final String[] WORDS = {"need", "needs", "a need", "n", "as", "as well", "the ", "the", "th",
        "action plan", "nap", "visit", "held", "first ", "x", "e.g", "www.", "1540"};
    private static final String[] FRAGMENTS = {" ", "  ", "\n", ".", ",", "-", "(", "'", "need", "NEED", "Needs",
        "a", "A need", "as", "As well", "well", "the", "The ", "THE", "th", "action", "Action Plan", "plan", "nap", "NAPs",
        "visit", "held", "first", "First ", "x", "X", "e.g.", "www.", "1540", "15", "é", "\u212A", "unneeded", "2need"};

    @Test
    void answersAsEachSetOnRandomTextsAndRanges() {
        var random = new Random(1540);
        for (int n = 0; n < 20_000; n++) {
            Keywords[] sets = randomSets(random);
            KeywordSets together = KeywordSets.of(sets);
            String text = randomText(random);
            var words = new WordStarts(text);
            for (int r = 0; r < 5; r++) {
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                long present = together.presentIn(words, from, to);
                for (int k = 0; k < sets.length; k++) {
                    assertThat((present & (1L << k)) != 0).as("set %d in '%s' [%d, %d)", k, text, from, to)
                            .isEqualTo(sets[k].anyIn(words, from, to));
                }
                assertThat(present >>> sets.length).isZero();
            }
        }
    }

    @Test
    void answersForAsManySetsAsALongHasBits() {
        var sets = new Keywords[KeywordSets.MAX_SETS];
        for (int k = 0; k < sets.length; k++) {
            sets[k] = Keywords.of("w" + k);
        }
        String text = "w0 w63 w7"; // "w6" starts "w63" too
        long present = KeywordSets.of(sets).presentIn(new WordStarts(text), 0, text.length());
        assertThat(present).isEqualTo(1L | (1L << 6) | (1L << 7) | (1L << 63));
    }

    private static Keywords[] randomSets(Random random) {
        var sets = new Keywords[1 + random.nextInt(8)];
        for (int k = 0; k < sets.length; k++) {
            List<String> words = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int w = 0; w < count; w++) {
                words.add(WORDS[random.nextInt(WORDS.length)]);
            }
            sets[k] = Keywords.of(words.toArray(String[]::new));
        }
        return sets;
    }

    private static String randomText(Random random) {
        var text = new StringBuilder();
        int count = random.nextInt(15);
        for (int i = 0; i < count; i++) {
            text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return text.toString();
    }
}
