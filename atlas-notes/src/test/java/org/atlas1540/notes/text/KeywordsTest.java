package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeywordsTest {
    private final Keywords words = Keywords.of("assistance", "need");

    @Test
    void findsAWordIgnoringAsciiCase() {
        assertThat(words.anyIn("Technical ASSISTANCE was given")).isTrue();
        assertThat(words.anyIn("they Needed help")).isTrue();
        assertThat(words.anyIn("nothing here")).isFalse();
    }

    @Test
    void looksOnlyInTheRange() {
        String text = "need, then nothing";
        assertThat(words.anyIn(text, 0, 4)).isTrue();
        assertThat(words.anyIn(text, 0, 3)).isFalse();
        assertThat(words.anyIn(text, 1, text.length())).isFalse();
    }

    @Test
    void foldsOnlyAsciiLettersLikeCaseInsensitivePatterns() {
        // KELVIN SIGN lower-cases to 'k' in Unicode, but (?i) without UNICODE_CASE does not match it
        Keywords k = Keywords.of("kind");
        String kelvin = "\u212Aind";
        assertThat(Pattern.compile("(?i)kind").matcher(kelvin).find()).isFalse();
        assertThat(k.anyIn(kelvin)).isFalse();
        assertThat(k.anyIn("KIND")).isTrue();
    }

    @Test
    void findsAWordOnlyWhereAWordStarts() {
        assertThat(words.anyIn("unneeded")).isFalse();
        assertThat(words.anyIn("the re-needed part")).isTrue();
        assertThat(words.anyIn("(need)")).isTrue();
        assertThat(words.anyIn("2need")).isFalse();
        assertThat(words.anyIn("éneed")).isFalse();
    }

    @Test
    void countsTheStartOfTheRangeAsAWordStart() {
        String text = "unneeded";
        assertThat(words.anyIn(text, 2, text.length())).isTrue();
        assertThat(words.anyIn(text.toCharArray(), 2, text.length())).isTrue();
        assertThat(words.anyIn(text.toCharArray(), 0, text.length())).isFalse();
    }

    @Test
    void readsAnArrayOfCharactersAsItReadsAString() {
        for (String text : new String[] {"Technical ASSISTANCE", "nothing", "a need", "needless", "kneed", "NEED"}) {
            assertThat(words.anyIn(text.toCharArray(), 0, text.length())).as(text).isEqualTo(words.anyIn(text));
        }
    }

    @Test
    void refusesWordsThatCouldNeverMatch() {
        assertThatThrownBy(() -> Keywords.of("Need")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Keywords.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsKnownWordStartsAsItReadsTheWholeRange() {
        var random = new java.util.Random(1540);
        String[] pieces = {"need", "Need", "ASSISTANCE", "un", "re-", "2", "é", " ", "  ", ".", "(", "\n", "x", "assist"};
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            for (int p = random.nextInt(10); p >= 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            var starts = new WordStarts(s);
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            assertThat(words.anyIn(starts, from, to)).as("'%s' [%d, %d)", s, from, to)
                    .isEqualTo(words.anyIn(s.toCharArray(), from, to));
        }
    }
}
