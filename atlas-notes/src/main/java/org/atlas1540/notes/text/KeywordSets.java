package org.atlas1540.notes.text;

import java.util.ArrayList;
import java.util.List;

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

    /** The words of all the sets by their first character; null when no word starts with it. */
    private final char[][][] byFirst = new char[128][][];
    /** For each word in {@link #byFirst}, the bit of its set. */
    private final long[][] bitsByFirst = new long[128][];
    private final long all;

    private KeywordSets(Keywords... sets) {
        if (sets.length == 0 || sets.length > MAX_SETS) {
            throw new IllegalArgumentException("from 1 to " + MAX_SETS + " sets of keywords, not " + sets.length);
        }
        List<List<char[]>> words = new ArrayList<>();
        List<List<Long>> bits = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            words.add(new ArrayList<>());
            bits.add(new ArrayList<>());
        }
        for (int k = 0; k < sets.length; k++) {
            for (String word : sets[k].words()) {
                words.get(word.charAt(0)).add(word.toCharArray());
                bits.get(word.charAt(0)).add(1L << k);
            }
        }
        for (int c = 0; c < 128; c++) {
            if (!words.get(c).isEmpty()) {
                byFirst[c] = words.get(c).toArray(new char[0][]);
                bitsByFirst[c] = bits.get(c).stream().mapToLong(Long::longValue).toArray();
            }
        }
        all = sets.length == MAX_SETS ? -1L : (1L << sets.length) - 1;
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
        char l = Keywords.lower(text[i]);
        if (l >= 128 || byFirst[l] == null) {
            return found;
        }
        char[][] candidates = byFirst[l];
        long[] bits = bitsByFirst[l];
        for (int w = 0; w < candidates.length; w++) {
            char[] word = candidates[w];
            if ((found & bits[w]) == 0 && i + word.length <= to && rest(text, i, word)) {
                found |= bits[w];
            }
        }
        return found;
    }

    private static boolean rest(char[] text, int at, char[] word) {
        for (int j = 1; j < word.length; j++) {
            if (Keywords.lower(text[at + j]) != word[j]) {
                return false;
            }
        }
        return true;
    }
}
