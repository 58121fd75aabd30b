package org.atlas1540.notes.parties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An unresolved piece is kept only when a word of it is capitalised; the words are found by hand,
 * and must be those of {@code s.split("[\\s/-]+")}. This test guards that.
 */
class CapitalisedWordTest {
    private static final String[] FRAGMENTS = {
        "a", "A", "ab", "Ab", "AB", "é", "Éa", "x", " ", "\t", "\n", "/", "-", "--", "\u00A0", "\uD835\uDC00", "\uD835",
        "1540", "(", ")", ".",
    };

    @Test
    void sameAnswerAsSplittingOnRandomPieces() {
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var piece = new StringBuilder();
            int parts = random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                piece.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            String s = piece.toString();
            assertThat(PartyListReader.hasCapitalisedWord(s)).as("'%s'", s).isEqualTo(bySplit(s));
        }
    }

    private static boolean bySplit(String s) {
        for (String word : s.split("[\\s/-]+")) {
            if (word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }
}
