package org.atlas1540.notes.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.atlas1540.notes.Span;

/**
 * Splits a stretch of text into sentences, with spans. A sentence ends at ".", "!" or "?" followed
 * by a space and a capital, a digit, a quote or a bracket; at a line break before a bullet; and at a
 * blank line. Common abbreviations ("e.g.", "U.S.", "No.") do not end a sentence.
 */
public final class Sentences {
    static final List<String> ABBREVIATIONS = List.of(
            "e.g.", "i.e.", "U.S.", "U.K.", "U.N.", "No.", "Nos.", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "etc.",
            "St.", "Sept.", "Nov.", "Dec.", "Jan.", "Feb.", "Aug.", "Oct.", "Art.", "para.", "paras.", "op.", "vs.", "cf.");

    /** The abbreviations by the character before their last dot (all ASCII); null for a character that is none's. */
    private static final String[][] ABBREVIATIONS_BY_LETTER_BEFORE_DOT = new String[128][];

    static {
        for (String abbreviation : ABBREVIATIONS) {
            char beforeDot = abbreviation.charAt(abbreviation.length() - 2);
            String[] same = ABBREVIATIONS_BY_LETTER_BEFORE_DOT[beforeDot];
            same = same == null ? new String[1] : Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = abbreviation;
            ABBREVIATIONS_BY_LETTER_BEFORE_DOT[beforeDot] = same;
        }
    }

    private Sentences() {
    }

    /** The sentences of {@code text} between {@code from} and {@code to}, trimmed, as spans of {@code text}. */
    public static List<Span> split(String text, int from, int to) {
        return split(text.toCharArray(), from, to);
    }

    /**
     * As {@link #split(String, int, int)}, on the characters of the text: for a caller that has them
     * already (an array is read faster than a string, and the note's body is long).
     */
    public static List<Span> split(char[] text, int from, int to) {
        var result = new ArrayList<Span>();
        int start = from;
        for (int i = nextMayEnd(text, from, to); i < to; i = nextMayEnd(text, i + 1, to)) {
            char c = text[i];
            boolean end = false;
            int next = i + 1;
            if ((c == '.' || c == '!' || c == '?') && next < to && text[next] == ' ') {
                end = next + 1 < to && startsSentence(text[next + 1]) && !abbreviationEndsAt(text, i, start);
            } else if (c == '\n') {
                end = next >= to || text[next] == '\n' || isBulletStart(text, next, to);
            }
            if (end) {
                add(result, text, start, c == '\n' ? i : next);
                start = next;
            }
        }
        add(result, text, start, to);
        return result;
    }

    /**
     * The first place from {@code i} where a sentence may end ('.', '!', '?' or a line feed), or
     * {@code to}: a small loop of its own over the characters that are nearly all passed over.
     */
    private static int nextMayEnd(char[] text, int i, int to) {
        while (i < to) {
            char c = text[i];
            if (c == '.' || c == '\n' || c == '!' || c == '?') {
                return i;
            }
            i++;
        }
        return to;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '(' || c == '-';
    }

    private static boolean isBulletStart(char[] text, int i, int to) {
        return i + 1 < to && "-•*–▪·".indexOf(text[i]) >= 0 && text[i + 1] == ' ';
    }

    private static boolean abbreviationEndsAt(char[] text, int dot, int sentenceStart) {
        if (dot < 1) {
            return false;
        }
        char beforeDot = text[dot - 1];
        // only the abbreviations whose letter before the dot is that one: nearly always none
        String[] candidates = beforeDot < 128 ? ABBREVIATIONS_BY_LETTER_BEFORE_DOT[beforeDot] : null;
        if (candidates != null) {
            for (String abbreviation : candidates) {
                int begin = dot + 1 - abbreviation.length();
                if (begin >= sentenceStart && startsWith(text, abbreviation, begin)
                        && (begin == 0 || !Character.isLetter(text[begin - 1]))) {
                    return true;
                }
            }
        }
        // a single capital with a dot, as in initials "J. Smith"
        return Character.isUpperCase(beforeDot)
                && (dot < 2 || !Character.isLetterOrDigit(text[dot - 2]));
    }

    /** {@code new String(text).startsWith(prefix, at)}, for {@code at >= 0}. */
    private static boolean startsWith(char[] text, String prefix, int at) {
        if (at + prefix.length() > text.length) {
            return false;
        }
        for (int j = 0; j < prefix.length(); j++) {
            if (text[at + j] != prefix.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Span> result, char[] text, int start, int end) {
        while (start < end && Character.isWhitespace(text[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(text[end - 1])) {
            end--;
        }
        if (end > start) {
            result.add(new Span(start, end));
        }
    }
}
