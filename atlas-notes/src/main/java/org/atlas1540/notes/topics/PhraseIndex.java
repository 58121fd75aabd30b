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

    private final String[] keys;
    private final Phrase[][] values;
    private final int mask;

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
            int slot = hash(word, 0, word.length()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = word;
            // Longest first: the longest phrase that matches at a word wins.
            values[slot] = list.stream()
                    .sorted(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed())
                    .toArray(Phrase[]::new);
        });
    }

    /** The phrases whose first word is {@code text[start, end)} ignoring case, longest first; maybe none. */
    Phrase[] startingWith(CharSequence text, int start, int end) {
        int slot = hash(text, start, end) & mask;
        while (keys[slot] != null) {
            if (Words.regionEquals(text, start, end, keys[slot], true)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return NONE;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + Chars.toLowerCase(text.charAt(i));
        }
        return h ^ (h >>> 16);
    }
}
