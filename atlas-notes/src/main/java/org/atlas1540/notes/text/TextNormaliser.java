package org.atlas1540.notes.text;

import java.util.regex.Pattern;

/**
 * Turns decoded text into the normalised text every span points into: LF line ends, ordinary
 * spaces, no invisible characters, no inline HTML formatting tags, no trailing spaces, at most one
 * blank line in a row, and the "For information only" footnote taken out with the sentence it
 * interrupted rejoined ({@link FootnoteRepair}). Curly quotes and dashes are kept as written;
 * matching folds them ({@link MatchText}).
 */
public final class TextNormaliser {
    /** Inline formatting tags that notes copied from web pages carry ("<i>States:</i>"). */
    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(?:i|b|em|strong|u|span|font|sup|sub|small)(?:\\s[^<>]{0,200})?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK_TAG = Pattern.compile("<br\\s{0,5}/?>|</?p>", Pattern.CASE_INSENSITIVE);

    private final FootnoteRepair footnotes = new FootnoteRepair();

    public String normalise(String decoded) {
        String text = decoded.indexOf('<') >= 0 ? stripTags(decoded) : decoded;
        // one array, cleaned and repaired in place, made a string once
        char[] chars = text.toCharArray();
        int length = cleanCharacters(chars);
        length = footnotes.repair(chars, length);
        return new String(chars, 0, length);
    }

    private static String stripTags(String text) {
        String withBreaks = BREAK_TAG.matcher(text).replaceAll("\n");
        return INLINE_TAG.matcher(withBreaks).replaceAll("");
    }

    /**
     * One pass: line ends, spaces, invisible characters, trailing spaces, blank-line runs. In place
     * (no character is written after the one being read); returns the cleaned text's length.
     */
    private static int cleanCharacters(char[] in) {
        char[] out = in;
        int length = 0;
        int blankRun = 0;
        boolean lineHasText = false;
        int lineStart = 0;
        for (int i = 0; i < in.length; i++) {
            int runEnd = plainRunEnd(in, i);
            if (runEnd > i) {
                // spaces and visible characters with nothing to change, nearly every character of a
                // note: kept as they are, a run at a time (moved only once something was taken out)
                lineHasText |= hasVisible(in, i, runEnd); // before the run is moved over itself
                if (length != i) {
                    System.arraycopy(in, i, out, length, runEnd - i);
                }
                length += runEnd - i;
                i = runEnd - 1;
                continue;
            }
            char c = in[i];
            if (c == '\r') {
                if (i + 1 < in.length && in[i + 1] == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c >= '\u0085') {
                switch (c) {
                    case '\u00A0', '\u2007', '\u202F', '\u2009', '\u2002', '\u2003', '\u2000', '\u2001', '\u3000' -> c = ' ';
                    case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                        continue;
                    }
                    case '\u2028', '\u2029', '\u0085' -> c = '\n';
                    default -> {
                    }
                }
            } else if (c == '\u000B' || c == '\u000C') {
                c = '\n';
            }
            if (c < ' ' && c != '\n' && c != '\t') {
                continue;
            }
            if (c == '\n') {
                length = trimTrailingSpaces(out, lineStart, length);
                if (!lineHasText) {
                    blankRun++;
                    length = lineStart;
                    if (blankRun > 1 || length == 0) {
                        continue;
                    }
                } else {
                    blankRun = 0;
                }
                out[length++] = '\n';
                lineStart = length;
                lineHasText = false;
                continue;
            }
            if (c != ' ' && c != '\t') {
                lineHasText = true;
            }
            out[length++] = c;
        }
        length = trimTrailingSpaces(out, lineStart, length);
        if (!lineHasText) {
            length = lineStart;
        }
        while (length > 0 && out[length - 1] == '\n') {
            length--;
        }
        return length;
    }

    /** Where the run of characters from {@code i} that are kept as they are ends: spaces and ' ' to U+0084. */
    private static int plainRunEnd(char[] in, int i) {
        int end = i;
        while (end < in.length && in[end] >= ' ' && in[end] < '\u0085') {
            end++;
        }
        return end;
    }

    /** Whether {@code in[from, to)} holds a character other than a space. */
    private static boolean hasVisible(char[] in, int from, int to) {
        for (int i = from; i < to; i++) {
            if (in[i] != ' ') {
                return true;
            }
        }
        return false;
    }

    /** The length of the text once the spaces and tabs at the end of its last line are taken off. */
    private static int trimTrailingSpaces(char[] out, int lineStart, int length) {
        int end = length;
        while (end > lineStart && (out[end - 1] == ' ' || out[end - 1] == '\t')) {
            end--;
        }
        return end;
    }
}
