package org.atlas1540.notes.facts;

import java.util.regex.Pattern;
import org.atlas1540.notes.text.Spaces;

/**
 * Where one sentence passes from one State's needs to another's ("X asked for ..., and Y
 * identified ..."; "...; Z needs ..."), found by hand: the same matches, one after another, as
 * {@code find()} over a region with {@link #CLAUSE} (ClauseBreaksTest compares them). Like a
 * matcher: {@link #start()} and {@link #end()} are those of the last break found.
 *
 * <p>One per sentence; not shared between threads.
 */
final class ClauseBreaks {
    /** What {@link #find} finds. */
    static final Pattern CLAUSE = Pattern.compile(",\\s+(?:and|while|whereas)\\s+|;\\s+");
    private static final String[] CONJUNCTIONS = {"and", "while", "whereas"};

    private final CharSequence text;
    private int start;
    private int end;

    ClauseBreaks(CharSequence text) {
        this.text = text;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The first break in {@code [from, to)}: a comma, white space, a conjunction and white space; or a semicolon and white space. */
    boolean find(int from, int to) {
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            if (c != ',' && c != ';') {
                continue;
            }
            int word = Spaces.skip(text, p + 1, to);
            if (word == p + 1) {
                continue;
            }
            if (c == ';') {
                return found(p, word);
            }
            for (String conjunction : CONJUNCTIONS) {
                int after = word + conjunction.length();
                if (after < to && regionIs(word, conjunction) && Spaces.isSpace(text.charAt(after))) {
                    return found(p, Spaces.skip(text, after, to));
                }
            }
        }
        return false;
    }

    private boolean regionIs(int at, String word) {
        for (int j = 0; j < word.length(); j++) {
            if (text.charAt(at + j) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private boolean found(int s, int e) {
        start = s;
        end = e;
        return true;
    }
}
