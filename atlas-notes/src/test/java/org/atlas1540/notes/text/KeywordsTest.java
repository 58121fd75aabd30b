package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
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
        var random = new Random(1540);
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

    @Test
    void indexInAgreesWithAPlainSearchOverEveryWordStart() {
        var random = new java.util.Random(1541);
        var keywords = Keywords.of("a", "an ", "as well", "need", "ne", "x1", "q");
        String[] words = {"a", "an", "as", "as well", "need", "ne", "nE", "NEED", "x1", "X1", "x", "q", "Q", "é", "é1",
            "aé", "né", " ", "  ", ".", "-", "1", "\n", "well"};
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            for (int p = random.nextInt(10); p >= 0; p--) {
                text.append(words[random.nextInt(words.length)]);
            }
            String s = text.toString();
            var starts = new WordStarts(s);
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            int expected = plainIndexIn(s, from, to, "a", "an ", "as well", "need", "ne", "x1", "q");
            assertThat(keywords.indexIn(s, from, to)).as("'%s' [%d, %d)", s, from, to).isEqualTo(expected);
            assertThat(keywords.indexIn(starts, from, to)).as("'%s' [%d, %d) by word starts", s, from, to)
                    .isEqualTo(expected);
        }
    }

    /** The first place in [from, to) where a word starts (from, or after a non-letter-or-digit) with one of the words. */
    private static int plainIndexIn(String s, int from, int to, String... words) {
        for (int i = from; i < to; i++) {
            if (i > from && Character.isLetterOrDigit(s.charAt(i - 1))) {
                continue;
            }
            for (String word : words) {
                if (i + word.length() <= to && asciiLower(s.substring(i, i + word.length())).equals(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String asciiLower(String s) {
        var out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    @Test
    void findsTheFirstWordAsTheRuleThatLooksAtEveryCharacter() {
        Keywords keywords = Keywords.of("need", "a need", "the ", "x", "1540");
        String[] fragments = {" ", "\n", ".", "-", "need", "NEED", "needs", "a need", "A", "the ", "The", "then",
            "x", "X1", "1540", "15", "é", "\u212A", "unneeded", "2need", "(", "’"};
        var random = new Random(1540);
        for (int n = 0; n < 50_000; n++) {
            var text = new StringBuilder();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            String s = text.toString();
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            assertThat(keywords.indexIn(s, from, to)).as("'%s' [%d, %d)", s, from, to)
                    .isEqualTo(lookingAtEveryCharacter(keywords, s, from, to));
        }
    }

    /** The first word start (the range's start, or after a character neither letter nor digit) where a keyword starts. */
    private static int lookingAtEveryCharacter(Keywords keywords, String text, int from, int to) {
        boolean wordStart = true;
        for (int i = from; i < to; i++) {
            if (wordStart && keywords.startsAt(text.substring(0, to), i)) {
                return i;
            }
            wordStart = !Character.isLetterOrDigit(text.charAt(i));
        }
        return -1;
    }
}
