package org.atlas1540.notes.text;

/**
 * {@link Character#isLetterOrDigit(char)} and {@link Character#toLowerCase(char)} with the answer
 * for ASCII read from a table: the same answers, without the general Unicode lookup for the
 * characters that make up nearly all of a note. The readers ask these for every character.
 */
public final class Chars {
    private static final int ASCII = 128;
    private static final boolean[] LETTER_OR_DIGIT = new boolean[ASCII];
    private static final char[] LOWER = new char[ASCII];

    static {
        for (char c = 0; c < ASCII; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            LOWER[c] = Character.toLowerCase(c);
        }
    }

    private Chars() {
    }

    /** Exactly {@link Character#isLetterOrDigit(char)}. */
    public static boolean isLetterOrDigit(char c) {
        return c < ASCII ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** Exactly {@link Character#toLowerCase(char)}. */
    public static char toLowerCase(char c) {
        return c < ASCII ? LOWER[c] : Character.toLowerCase(c);
    }
}
