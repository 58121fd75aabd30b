package org.atlas1540.notes.text;

/**
 * A cheap test to run before a costly regular expression: does a stretch of text contain any of a
 * few words, ignoring ASCII case? Give it words that every match of the expression must contain, and
 * a text without any of them is known not to match without running the expression. Java's
 * {@code (?i)} without {@code UNICODE_CASE} folds ASCII letters only, and so does this test, so it
 * never turns away a text that the expression would match.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Keywords {
    private final char[][] words;
    private final boolean[] first = new boolean[128];

    private Keywords(String... words) {
        this.words = new char[words.length][];
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty() || !word.chars().allMatch(c -> c < 128 && !(c >= 'A' && c <= 'Z'))) {
                throw new IllegalArgumentException("keywords are non-empty lower-case ASCII: '" + word + "'");
            }
            this.words[i] = word.toCharArray();
            first[word.charAt(0)] = true;
        }
    }

    /** Words in lower-case ASCII. */
    public static Keywords of(String... words) {
        return new Keywords(words);
    }

    /** Whether {@code text} contains one of the words, ignoring ASCII case. */
    public boolean anyIn(CharSequence text) {
        return anyIn(text, 0, text.length());
    }

    /** Whether {@code text} between {@code from} and {@code to} contains one of the words, ignoring ASCII case. */
    public boolean anyIn(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = lower(text.charAt(i));
            if (c >= 128 || !first[c]) {
                continue;
            }
            for (char[] word : words) {
                if (word[0] == c && i + word.length <= to && rest(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean rest(CharSequence text, int at, char[] word) {
        for (int j = 1; j < word.length; j++) {
            if (lower(text.charAt(at + j)) != word[j]) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
