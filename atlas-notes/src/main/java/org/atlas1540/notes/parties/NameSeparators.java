package org.atlas1540.notes.parties;

import java.util.regex.Pattern;
import org.atlas1540.notes.text.Spaces;

/**
 * The separators between names in a field, found by hand: the same matches, one after another, as
 * {@code find()} over a region with {@link #SEPARATORS} or {@link #AND} (NameSeparatorsTest compares
 * them), at a fraction of the cost. Like a matcher: {@link #start()} and {@link #end()} are those of
 * the last separator found.
 *
 * <p>One per field; not shared between threads.
 */
final class NameSeparators {
    /** What {@link #findSeparator} finds. */
    static final Pattern SEPARATORS = Pattern.compile("[,;\\n]|\\s+as well as\\s+|\\s+/\\s+");
    /** What {@link #findAnd} finds. */
    static final Pattern AND = Pattern.compile("\\s+(?:and|&)\\s+");

    private final CharSequence text;
    private int start;
    private int end;

    NameSeparators(CharSequence text) {
        this.text = text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The first separator in {@code [from, to)}: a comma, semicolon or line end, or " as well as " or " / " with their white space. */
    boolean findSeparator(int from, int to) {
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c == ',' || c == ';' || c == '\n') {
                return found(p, p + 1);
            }
            if (Spaces.isSpace(c)) {
                int word = Spaces.skip(text, p, to);
                int after = followedBySpace(word, "as well as", to);
                if (after < 0) {
                    after = followedBySpace(word, "/", to);
                }
                if (after >= 0) {
                    return found(p, Spaces.skip(text, after, to));
                }
            }
        }
        return false;
    }

    /** The first " and " or " & " in {@code [from, to)}, with all the white space around it. */
    boolean findAnd(int from, int to) {
        for (int p = from; p < to; p++) {
            if (Spaces.isSpace(text.charAt(p))) {
                int word = Spaces.skip(text, p, to);
                int after = followedBySpace(word, "and", to);
                if (after < 0) {
                    after = followedBySpace(word, "&", to);
                }
                if (after >= 0) {
                    return found(p, Spaces.skip(text, after, to));
                }
            }
        }
        return false;
    }

    /** Where {@code literal} at {@code at} ends when white space follows it before {@code to}; else -1. */
    private int followedBySpace(int at, String literal, int to) {
        int after = at + literal.length();
        if (after >= to) {
            return -1;
        }
        for (int j = 0; j < literal.length(); j++) {
            if (text.charAt(at + j) != literal.charAt(j)) {
                return -1;
            }
        }
        return Spaces.isSpace(text.charAt(after)) ? after : -1;
    }

    private boolean found(int s, int e) {
        start = s;
        end = e;
        return true;
    }
}
