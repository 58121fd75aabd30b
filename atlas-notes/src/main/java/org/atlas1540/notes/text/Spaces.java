package org.atlas1540.notes.text;

import java.util.regex.Pattern;

/**
 * {@code s.replaceAll("\\s+", " ")} and {@code s.split("\\s+")} without compiling the pattern on
 * every call, as those {@code String} methods do: the same results, from one compiled pattern.
 */
public final class Spaces {
    /** A run of white space, as {@code \s+} (space, tab, line feed, vertical tab, form feed, carriage return). */
    private static final Pattern RUN = Pattern.compile("\\s+");

    private Spaces() {
    }

    /** {@code s.replaceAll("\\s+", " ")}: every run of white space made one space. */
    public static String collapse(String s) {
        return needsCollapsing(s) ? RUN.matcher(s).replaceAll(" ") : s;
    }

    /** {@code s.split("\\s+")}. */
    public static String[] split(String s) {
        return RUN.split(s);
    }

    /** Whether a run of white space other than one space is there: only then does collapsing change anything. */
    private static boolean needsCollapsing(String s) {
        boolean previousSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && (c != ' ' || previousSpace)) {
                return true;
            }
            previousSpace = space;
        }
        return false;
    }
}
