package org.atlas1540.notes.text;

import java.util.Arrays;

/**
 * A text as an array of characters, with the places where a word starts in it (a letter or digit
 * or any other character after a character that is neither a letter nor a digit; and the start
 * of the text), found once: {@link Keywords} then looks only there, instead of testing every
 * character of every stretch it is asked about. For a text that many keyword tests read, such as
 * the body of a note that every fact finder reads sentence by sentence.
 *
 * <p>Immutable once built; not shared between notes.
 */
public final class WordStarts {
    private final String text;
    private final char[] chars;
    private final int[] starts;
    private final int count;
    /** The range the word starts were found in. */
    private final int rangeFrom;
    private final int rangeTo;

    public WordStarts(String text) {
        this(text, 0, text.length());
    }

    /**
     * The word starts of {@code text} between {@code from} and {@code to} only (whether
     * {@code from} starts a word is told by the character before it): for callers that ask only
     * about stretches inside that range, to whom it answers as the word starts of the whole text.
     */
    public WordStarts(String text, int from, int to) {
        this.text = text;
        this.rangeFrom = from;
        this.rangeTo = to;
        this.chars = text.toCharArray();
        // one entry written at every character and kept only at a word start: no branch to
        // mispredict (the array is grown when full, which hardly ever happens and is predicted)
        int[] found = new int[Math.max(16, (to - from) / 4)];
        int n = 0;
        boolean afterLetterOrDigit = from > 0 && Keywords.isLetterOrDigit(chars[from - 1]);
        for (int i = from; i < to; i++) {
            if (n == found.length) {
                found = Arrays.copyOf(found, found.length * 2);
            }
            found[n] = i;
            n += afterLetterOrDigit ? 0 : 1;
            afterLetterOrDigit = Keywords.isLetterOrDigit(chars[i]);
        }
        this.starts = found;
        this.count = n;
    }

    /** The text. */
    public String text() {
        return text;
    }

    /** The text's characters; not to be modified. */
    public char[] chars() {
        return chars;
    }

    /** The positions where a word starts, in order; only the first {@link #count()} are used. */
    int[] starts() {
        return starts;
    }

    public int count() {
        return count;
    }

    /** Whether the word starts were found over the whole of {@code text[from, to)}. */
    public boolean cover(int from, int to) {
        return rangeFrom <= from && to <= rangeTo;
    }

    /** The number of the first word start at or after {@code position}; {@link #count()} when none is. */
    public int indexAtOrAfter(int position) {
        return firstAfter(position - 1);
    }

    /** Word start number {@code k}, for {@code k} below {@link #count()}. */
    public int startAt(int k) {
        return starts[k];
    }

    /** The index in {@link #starts()} of the first word start after {@code position}. */
    int firstAfter(int position) {
        int i = Arrays.binarySearch(starts, 0, count, position);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
