package org.atlas1540.notes.text;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code s.replaceAll("\\s+", " ")} and {@code s.split("\\s+")} without a regular expression: the
 * same results (SpacesTest compares them on random text), and the white space of {@code \s} for
 * the readers that scan for it by hand.
 */
public final class Spaces {
    private static final String[] NONE = new String[0];

    private Spaces() {
    }

    /** Whether {@code c} is white space as {@code \s} means it: space, tab, line feed, vertical tab, form feed, carriage return. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The end of the run of {@code \s} that starts at {@code from}, not past {@code to} ({@code from} when there is none). */
    public static int skip(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code s.replaceAll("\\s+", " ")}: every run of white space made one space. */
    public static String collapse(String s) {
        if (!needsCollapsing(s)) {
            return s;
        }
        var out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                out.append(' ');
                i = skip(s, i, s.length());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** {@code s.split("\\s+")}: a leading empty string when {@code s} starts with white space, no trailing ones. */
    public static String[] split(String s) {
        int first = 0;
        while (first < s.length() && !isSpace(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return new String[] {s}; // no white space: the string itself, as split gives it
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = first;
        while (i < s.length()) {
            if (isSpace(s.charAt(i))) {
                parts.add(s.substring(start, i));
                i = skip(s, i, s.length());
                start = i;
            } else {
                i++;
            }
        }
        parts.add(s.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return size == 0 ? NONE : parts.subList(0, size).toArray(NONE);
    }

    /** Whether a run of white space other than one space is there: only then does collapsing change anything. */
    private static boolean needsCollapsing(String s) {
        boolean previousSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = isSpace(c);
            if (space && (c != ' ' || previousSpace)) {
                return true;
            }
            previousSpace = space;
        }
        return false;
    }
}
