package org.atlas1540.notes.citations;

/**
 * Finds, in one text, the next occurrence of any of a few literal strings ("needles") with
 * {@link String#indexOf(String, int)}, which the JVM vectorises: far faster than trying a regular
 * expression at every character. Remembers where each needle occurs next, so that as the search
 * moves forward each needle is looked for across the text once, and a search stays linear.
 *
 * <p>Mutable: one per search, never shared.
 */
final class NeedleScan {
    private static final int UNKNOWN = -2;

    private final String text;
    private final String[] needles;
    private final int[] next;
    private int found = -1;

    NeedleScan(String text, String... needles) {
        this.text = text;
        this.needles = needles.clone();
        this.next = new int[needles.length];
        java.util.Arrays.fill(next, UNKNOWN);
    }

    /** Where the first occurrence of any needle at or after {@code from} starts, or -1. */
    int find(int from) {
        int best = -1;
        found = -1;
        for (int i = 0; i < needles.length; i++) {
            if (next[i] != -1 && next[i] < from) {
                next[i] = text.indexOf(needles[i], from);
            }
            if (next[i] >= 0 && (best < 0 || next[i] < best)) {
                best = next[i];
                found = i;
            }
        }
        return best;
    }

    /** Which needle the last {@link #find} found, by its index in the constructor's list. */
    int needle() {
        return found;
    }

    /** Whether a word starts at {@code pos}: the text starts there or a non-letter, non-digit comes before. */
    static boolean isWordStart(String text, int pos) {
        return pos == 0 || !Character.isLetterOrDigit(text.charAt(pos - 1));
    }
}
