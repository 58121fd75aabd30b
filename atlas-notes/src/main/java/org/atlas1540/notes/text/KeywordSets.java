package org.atlas1540.notes.text;

import java.util.Arrays;

/**
 * Several {@link Keywords} looked for together: which of them have a word in a stretch of text,
 * found in one pass over its word starts instead of one pass for each. Bit {@code k} of
 * {@link #presentIn} answers exactly as {@code sets[k].anyIn(words, from, to)} does (KeywordSetsTest
 * compares them).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class KeywordSets {
    /** At most this many sets: their answers are the bits of a long. */
    static final int MAX_SETS = 64;

    private static final int ASCII = 128;

    /**
     * The words of two characters or more of all the sets by their first two characters (lower
     * case ASCII, {@code ASCII * first + second}); null where no word starts so.
     */
    private final char[][][] byFirstTwo = new char[ASCII * ASCII][][];
    /** For each word in {@link #byFirstTwo}, the bit of its set. */
    private final long[][] bitsByFirstTwo = new long[ASCII * ASCII][];
    /** For each character, the bits of the sets that have it as a word of its own. */
    private final long[] oneCharacterBits = new long[ASCII];
    private final long all;

    private KeywordSets(Keywords... sets) {
        if (sets.length == 0 || sets.length > MAX_SETS) {
            throw new IllegalArgumentException("from 1 to " + MAX_SETS + " sets of keywords, not " + sets.length);
        }
        for (int k = 0; k < sets.length; k++) {
            for (String word : sets[k].words()) {
                if (word.length() == 1) {
                    oneCharacterBits[word.charAt(0)] |= 1L << k;
                } else {
                    add(ASCII * word.charAt(0) + word.charAt(1), word.toCharArray(), 1L << k);
                }
            }
        }
        all = sets.length == MAX_SETS ? -1L : (1L << sets.length) - 1;
    }

    private void add(int firstTwo, char[] word, long bit) {
        char[][] words = byFirstTwo[firstTwo];
        long[] bits = bitsByFirstTwo[firstTwo];
        int n = words == null ? 0 : words.length;
        words = words == null ? new char[1][] : Arrays.copyOf(words, n + 1);
        bits = bits == null ? new long[1] : Arrays.copyOf(bits, n + 1);
        words[n] = word;
        bits[n] = bit;
        byFirstTwo[firstTwo] = words;
        bitsByFirstTwo[firstTwo] = bits;
    }

    /** The sets, each answering by its place in the list. */
    public static KeywordSets of(Keywords... sets) {
        return new KeywordSets(sets);
    }

    /**
     * Which sets have a word in the text of {@code words} between {@code from} and {@code to}:
     * bit {@code k} is set when {@code sets[k].anyIn(words, from, to)} is true.
     */
    public long presentIn(WordStarts words, int from, int to) {
        if (from >= to) {
            return 0;
        }
        char[] text = words.chars();
        long found = startingAt(text, from, to, 0);
        int[] starts = words.starts();
        int count = words.count();
        for (int k = words.firstAfter(from); k < count && starts[k] < to && found != all; k++) {
            found = startingAt(text, starts[k], to, found);
        }
        return found;
    }

    /** {@code found} with the bits of the sets that have a word starting at {@code i} (and ending by {@code to}). */
    private long startingAt(char[] text, int i, int to, long found) {
        char first = Keywords.lower(text[i]);
        if (first >= ASCII) {
            return found;
        }
        found |= oneCharacterBits[first];
        if (i + 1 >= to) {
            return found;
        }
        char second = Keywords.lower(text[i + 1]);
        char[][] candidates = second < ASCII ? byFirstTwo[ASCII * first + second] : null;
        if (candidates == null) {
            return found;
        }
        long[] bits = bitsByFirstTwo[ASCII * first + second];
        for (int w = 0; w < candidates.length; w++) {
            char[] word = candidates[w];
            if ((found & bits[w]) == 0 && i + word.length <= to && rest(text, i, word)) {
                found |= bits[w];
            }
        }
        return found;
    }

    private static boolean rest(char[] text, int at, char[] word) {
        for (int j = 2; j < word.length; j++) {
            if (Keywords.lower(text[at + j]) != word[j]) {
                return false;
            }
        }
        return true;
    }
}
