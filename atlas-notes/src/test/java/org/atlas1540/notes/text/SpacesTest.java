package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacesTest {
    private static final char[] ALPHABET = {'a', 'B', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2028', 'é', '.'};

    @Test
    void sameAsTheStringMethodsOnRandomText() {
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var s = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                s.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String text = s.toString();
            assertThat(Spaces.collapse(text)).as("'%s'", text).isEqualTo(text.replaceAll("\\s+", " "));
            assertThat(Spaces.split(text)).as("'%s'", text).isEqualTo(text.split("\\s+"));
        }
    }
}
