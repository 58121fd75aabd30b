package org.atlas1540.notes.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap test to run before a costly regular expression: does a stretch of text contain any of a
 * few words, each starting a word, ignoring ASCII case? Give it words that every match of the
 * expression must contain at the start of a word (after {@code \b} or a look-behind for a
 * non-letter), and a text without any of them is known not to match without running the
 * expression. Java's {@code (?i)} without {@code UNICODE_CASE} folds ASCII letters only, and so
 * does this test, so it never turns away a text that the expression would match.
 *
 * <p>A word starts at the start of the range searched, or after a character that is neither a
 * letter nor a digit: every place where {@code \b} holds before a letter, and a few more.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Keywords {
    /** The words by their first character: {@code byFirst[c]} is null when no word starts with c. */
    private final char[][][] byFirst = new char[128][][];
    /**
     * For each first character, the second characters of its words as a 128-bit set (two longs,
     * {@code seconds[2c]} and {@code seconds[2c + 1]}): a place whose second character is not in
     * the set is turned away without comparing it with each word, unless a word is that first
     * character alone ({@code oneCharacter[c]}).
     */
    private final long[] seconds = new long[256];
    private final boolean[] oneCharacter = new boolean[128];
    private final String[] words;

    private Keywords(String... words) {
        this.words = words.clone();
        for (String word : words) {
            if (word.isEmpty() || !word.chars().allMatch(c -> c < 128 && !(c >= 'A' && c <= 'Z'))) {
                throw new IllegalArgumentException("keywords are non-empty lower-case ASCII: '" + word + "'");
            }
            char[][] same = byFirst[word.charAt(0)];
            same = same == null ? new char[1][] : Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = word.toCharArray();
            byFirst[word.charAt(0)] = same;
            int first = word.charAt(0);
            if (word.length() == 1) {
                oneCharacter[first] = true;
            } else {
                int second = word.charAt(1);
                seconds[2 * first + (second >> 6)] |= 1L << (second & 63);
            }
        }
    }

    /**
     * Whether a word with first character {@code l} (lower case) can start at {@code i}: false when
     * the next character (lower-cased) is not the second character of any of them.
     */
    private boolean secondFits(char[] text, int i, int to, char l) {
        if (i + 1 >= to || oneCharacter[l]) {
            return true; // the words decide
        }
        char second = lower(text[i + 1]);
        return second < 128 && (seconds[2 * l + (second >> 6)] & (1L << (second & 63))) != 0;
    }

    private boolean secondFits(CharSequence text, int i, int to, char l) {
        if (i + 1 >= to || oneCharacter[l]) {
            return true;
        }
        char second = lower(text.charAt(i + 1));
        return second < 128 && (seconds[2 * l + (second >> 6)] & (1L << (second & 63))) != 0;
    }

    /**
     * Whether one of the words starts exactly at {@code at} of {@code text} (and ends within it),
     * ignoring ASCII case; what comes before {@code at} does not matter.
     */
    public boolean startsAt(CharSequence text, int at) {
        return at < text.length() && startsAt(text, at, text.length(), text.charAt(at));
    }

    /** The words, in lower-case ASCII. */
    String[] words() {
        return words.clone();
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
        return indexIn(text, from, to) >= 0;
    }

    /** Where the first of the words in {@code text} between {@code from} and {@code to} starts, or -1. */
    public int indexIn(CharSequence text, int from, int to) {
        int i = from; // a word start: the start of the range, or after a character neither letter nor digit
        while (i < to) {
            if (startsAt(text, i, to, text.charAt(i))) {
                return i;
            }
            // the next word start is after the next character that is neither a letter nor a digit
            // (from i on), found in a small loop of its own
            i = nonLetterOrDigitFrom(text, i, to) + 1;
        }
        return -1;
    }

    /** The first place from {@code i} whose character is neither a letter nor a digit, or {@code to}. */
    private static int nonLetterOrDigitFrom(CharSequence text, int i, int to) {
        while (i < to && isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code text} between {@code from} and {@code to} contains one of the words, ignoring
     * ASCII case: as {@link #anyIn(CharSequence, int, int)}, on the characters of a text that a caller
     * scans many times (an array is read faster than a string).
     */
    public boolean anyIn(char[] text, int from, int to) {
        boolean wordStart = true;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (wordStart && startsAt(text, i, to, c)) {
                return true;
            }
            wordStart = !isLetterOrDigit(c);
        }
        return false;
    }

    /**
     * Whether the text of {@code words} between {@code from} and {@code to} contains one of the
     * words, ignoring ASCII case: as {@link #anyIn(char[], int, int)}, but looking only at the word
     * starts already found, and at {@code from}, which starts a word of the range whatever comes
     * before it.
     */
    public boolean anyIn(WordStarts words, int from, int to) {
        char[] text = words.chars();
        if (from >= to) {
            return false;
        }
        if (startsAt(text, from, to, text[from])) {
            return true;
        }
        int[] starts = words.starts();
        int count = words.count();
        for (int k = words.firstAfter(from); k < count && starts[k] < to; k++) {
            int i = starts[k];
            if (startsAt(text, i, to, text[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the first of the words in the text of {@code words} between {@code from} and
     * {@code to} starts, or -1: as {@link #indexIn(CharSequence, int, int)} on that text (so
     * {@code from} starts a word of the range whatever comes before it), looking only at the word
     * starts already found instead of at every character.
     */
    public int indexIn(WordStarts words, int from, int to) {
        char[] text = words.chars();
        if (from >= to) {
            return -1;
        }
        if (startsAt(text, from, to, text[from])) {
            return from;
        }
        int[] starts = words.starts();
        int count = words.count();
        for (int k = words.firstAfter(from); k < count && starts[k] < to; k++) {
            int i = starts[k];
            if (startsAt(text, i, to, text[i])) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code pattern} finds a match in the text of {@code words} between {@code from} and
     * {@code to}: as {@link #find(Pattern, String, int, int)} on that text, with the keywords looked
     * for at the word starts already found.
     */
    public boolean find(Pattern pattern, WordStarts words, int from, int to) {
        int at = indexIn(words, from, to);
        if (at < 0) {
            return false;
        }
        String sentence = words.text().substring(from, to);
        return findFrom(anchorable(pattern, sentence), words, from, to, at - from);
    }

    /**
     * As {@link #findFrom(Matcher, CharSequence, int)}, for a matcher whose input is the text of
     * {@code words} between {@code start} and {@code end} (a sentence of a note whose word starts
     * are found once): the same places are tried, found without reading every character.
     * {@code from}, and the match's {@code start()} and {@code end()}, are offsets in the input.
     */
    public boolean findFrom(Matcher matcher, WordStarts words, int start, int end, int from) {
        for (int at = indexIn(words, start + from, end); at >= 0; at = indexIn(words, at + 1, end)) {
            matcher.region(at - start, end - start);
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private boolean startsAt(char[] text, int i, int to, char c) {
        char l = lower(c);
        char[][] candidates = l < 128 ? byFirst[l] : null;
        if (candidates != null && secondFits(text, i, to, l)) {
            for (char[] word : candidates) {
                if (i + word.length <= to && rest(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean startsAt(CharSequence text, int i, int to, char c) {
        char l = lower(c);
        char[][] candidates = l < 128 ? byFirst[l] : null;
        if (candidates != null && secondFits(text, i, to, l)) {
            for (char[] word : candidates) {
                if (i + word.length <= to && rest(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code pattern} finds a match in {@code text.substring(from, to)}, exactly as
     * {@code pattern.matcher(text.substring(from, to)).find()} would, for a pattern every match of
     * which <em>starts</em> with one of these words (ignoring ASCII case). The pattern is tried only
     * where a word starts, once each, with the rest of the sentence visible to its look-behinds and
     * word boundaries, instead of at every character.
     */
    public boolean find(Pattern pattern, String text, int from, int to) {
        int at = indexIn(text, from, to);
        if (at < 0) {
            return false;
        }
        String sentence = from == 0 && to == text.length() ? text : text.substring(from, to);
        return findFrom(anchorable(pattern, sentence), sentence, at - from);
    }

    /**
     * Whether {@code pattern} finds a match in {@code text}, exactly as
     * {@code pattern.matcher(text).find()} would, for a pattern every match of which starts with
     * one of these words (ignoring ASCII case): see {@link #find(Pattern, String, int, int)}.
     */
    public boolean find(Pattern pattern, String text) {
        return find(pattern, text, 0, text.length());
    }

    /** A matcher for {@link #findFrom}: transparent, non-anchoring bounds. */
    public static Matcher anchorable(Pattern pattern, CharSequence input) {
        return pattern.matcher(input).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match at or after {@code from}, as {@code matcher.find(from)} would give it but
     * keeping what the matcher sees before {@code from}, for a pattern every match of which starts
     * with one of these words: the pattern is tried only where a word starts. Returns whether there
     * is one; the match is then the matcher's ({@code start()}, {@code end()}, {@code group(n)} are
     * offsets in {@code input}).
     *
     * @param matcher a matcher over {@code input} from {@link #anchorable}
     */
    public boolean findFrom(Matcher matcher, CharSequence input, int from) {
        for (int at = indexIn(input, from, input.length()); at >= 0; at = indexIn(input, at + 1, input.length())) {
            matcher.region(at, input.length());
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean rest(char[] text, int at, char[] word) {
        for (int j = 1; j < word.length; j++) {
            if (lower(text[at + j]) != word[j]) {
                return false;
            }
        }
        return true;
    }

    private static boolean rest(CharSequence text, int at, char[] word) {
        for (int j = 1; j < word.length; j++) {
            if (lower(text.charAt(at + j)) != word[j]) {
                return false;
            }
        }
        return true;
    }

    static boolean isLetterOrDigit(char c) {
        return Chars.isLetterOrDigit(c);
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
