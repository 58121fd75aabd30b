package org.atlas1540.notes.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.atlas1540.notes.text.Chars;

/**
 * The phrases by their first word, looked up without regard to case straight from a region of the
 * text, so that reading a note allocates nothing per word. An open-addressing hash table; built
 * once, never modified.
 */
final class PhraseIndex {
    private static final Phrase[] NONE = {};
    private static final int SHAPE_BITS = 1 << 14;

    private final String[] keys;
    private final Phrase[][] values;
    private final int mask;
    /**
     * The first words' shapes (length, first and second character, see {@link #shape}) as a set of
     * bits: a word whose shape is not in it is no first word, and is turned away without hashing
     * it and comparing it with the keys. Two words of one shape may share a bit, never a word and
     * its own shape, so no first word is ever turned away.
     */
    private final long[] shapes = new long[SHAPE_BITS / 64];

    PhraseIndex(List<Phrase> phrases) {
        Map<String, List<Phrase>> byFirstWord = new LinkedHashMap<>();
        for (Phrase phrase : phrases) {
            byFirstWord.computeIfAbsent(phrase.words().get(0).toLowerCase(Locale.ROOT), w -> new ArrayList<>())
                    .add(phrase);
        }
        int capacity = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 4 - 1)) << 1;
        this.keys = new String[capacity];
        this.values = new Phrase[capacity][];
        this.mask = capacity - 1;
        byFirstWord.forEach((word, list) -> {
            int slot = hash(word.toCharArray(), 0, word.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = word;
            int shape = shape(word.length(), word.isEmpty() ? 0 : word.charAt(0), word.length() > 1 ? word.charAt(1) : 0);
            shapes[shape >>> 6] |= 1L << shape;
            // Longest first: the longest phrase that matches at a word wins.
            values[slot] = list.stream()
                    .sorted(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed())
                    .toArray(Phrase[]::new);
        });
    }

    /** The phrases whose first word is {@code text[start, end)} ignoring case, longest first; maybe none. */
    Phrase[] startingWith(char[] text, int start, int end) {
        return mayStartPhrase(text, start, end) ? lookUp(text, start, end) : NONE;
    }

    /** As {@link #startingWith}, without the test of the word's shape first. */
    Phrase[] lookUp(char[] text, int start, int end) {
        int slot = hash(text, start, end) & mask;
        while (keys[slot] != null) {
            if (Words.regionEquals(text, start, end, keys[slot], true)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return NONE;
    }

    /** Whether some first word may be {@code text[start, end)} ignoring case: false when none is. */
    boolean mayStartPhrase(char[] text, int start, int end) {
        int length = end - start;
        int shape = shape(length, length > 0 ? Chars.toLowerCase(text[start]) : 0,
                length > 1 ? Chars.toLowerCase(text[start + 1]) : 0);
        return (shapes[shape >>> 6] & (1L << shape)) != 0;
    }

    /**
     * A word's length and its first two characters (0 where it has none) mixed into a number below
     * {@link #SHAPE_BITS}. A key's shape is of its characters as they are, a region's of its
     * characters lower-cased as {@link Words#regionEquals} compares them with a key: a region equal
     * to a key ignoring case has the key's shape.
     */
    private static int shape(int length, int first, int second) {
        int h = (length * 31 + first) * 31 + second;
        return (h ^ (h >>> 14)) & (SHAPE_BITS - 1);
    }

    private static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Chars.toLowerCase(text[i]);
        }
        return h ^ (h >>> 16);
    }
}
