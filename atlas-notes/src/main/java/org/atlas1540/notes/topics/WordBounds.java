package org.atlas1540.notes.topics;

import java.util.Arrays;
import org.atlas1540.notes.text.Chars;

/**
 * Where the words of a text start and end, as {@link Words} cuts them (runs of letters and digits),
 * found in one pass without a branch per character: on this machine a loop that asks "is this a
 * letter?" and branches on the answer loses most of its time on the branches it cannot predict
 * (one at each end of every word), while this one writes an entry at every character and keeps
 * it only where the answer changes.
 *
 * <p>Word {@code k} is {@code text[start(k), end(k))}; words are in order. Not shared between texts.
 */
final class WordBounds {
    /** start of word k at 2k, its end at 2k + 1. */
    private final int[] bounds;
    private final int count;

    WordBounds(char[] text) {
        // a start and an end for every word: in notes, about one bound for every three characters
        int[] found = new int[16 + text.length / 3];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length; i++) {
            if (n == found.length) {
                found = Arrays.copyOf(found, found.length * 2); // hardly ever, and predicted
            }
            boolean letterOrDigit = Chars.isLetterOrDigit(text[i]);
            found[n] = i;
            n += letterOrDigit != inWord ? 1 : 0; // kept where a word starts or ends
            inWord = letterOrDigit;
        }
        if (inWord) {
            if (n == found.length) {
                found = Arrays.copyOf(found, n + 1);
            }
            found[n++] = text.length; // the last word ends with the text
        }
        this.bounds = found;
        this.count = n / 2;
    }

    /** How many words. */
    int count() {
        return count;
    }

    int start(int k) {
        return bounds[2 * k];
    }

    int end(int k) {
        return bounds[2 * k + 1];
    }
}
