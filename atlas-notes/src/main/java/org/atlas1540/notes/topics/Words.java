package org.atlas1540.notes.topics;

import org.atlas1540.notes.text.Chars;

/**
 * How text is cut into words for phrase matching: a word is a run of letters and digits; two
 * words follow each other in a phrase when only blanks (at most one line break) and at most one
 * hyphen lie between them, so "capacity-building" and "capacity building" are the same two words.
 */
final class Words {
    private Words() {
    }

    /** The end of the word starting at {@code start}. */
    static int end(char[] text, int start) {
        int end = start;
        while (end < text.length && Chars.isLetterOrDigit(text[end])) {
            end++;
        }
        return end;
    }

    /** The start of the word that follows the word ending at {@code end} in a phrase, or -1. */
    static int next(char[] text, int end) {
        int pos = end;
        boolean hyphenSeen = false;
        boolean lineBreakSeen = false;
        while (pos < text.length) {
            char c = text[pos];
            if (Chars.isLetterOrDigit(c)) {
                return pos == end ? -1 : pos;
            } else if (c == ' ' || c == '\t') {
                pos++;
            } else if (c == '\n' && !lineBreakSeen) {
                lineBreakSeen = true;
                pos++;
            } else if (isHyphen(c) && !hyphenSeen) {
                hyphenSeen = true;
                pos++;
            } else {
                return -1;
            }
        }
        return -1;
    }

    static boolean regionEquals(char[] text, int start, int end, String word, boolean ignoreCase) {
        if (end - start != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = text[start + i];
            if (ignoreCase ? Chars.toLowerCase(c) != word.charAt(i) : c != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHyphen(char c) {
        // hyphen-minus, hyphen, non-breaking hyphen
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
