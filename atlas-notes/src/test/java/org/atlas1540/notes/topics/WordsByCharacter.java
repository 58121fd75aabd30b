package org.atlas1540.notes.topics;

import org.atlas1540.notes.text.Chars;

/**
 * The words of a text found character by character, as topic detection found them before
 * {@link WordBounds}: the reference that the faster walks are tested against.
 */
final class WordsByCharacter {
    /** What is done with a word; answers where the walk goes on (the word's end, or further). */
    interface Step {
        int at(int start, int end);
    }

    private WordsByCharacter() {
    }

    static void walk(char[] text, Step step) {
        int pos = 0;
        while (pos < text.length) {
            if (!Chars.isLetterOrDigit(text[pos])) {
                pos++;
                continue;
            }
            pos = step.at(pos, Words.end(text, pos));
        }
    }
}
