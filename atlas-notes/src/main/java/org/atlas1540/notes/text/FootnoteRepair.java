package org.atlas1540.notes.text;

import java.nio.CharBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named rule for a page-break artefact: the note's footnote ("¹ For information only – not an
 * official report...") is printed at the foot of the first page, so in extracted text it falls
 * between two paragraphs, often in the middle of a sentence. The rule removes the footnote
 * paragraph, rejoins a sentence it split ("resolution 1977" + "(2011) the Council" becomes
 * "resolution 1977 (2011) the Council"), and removes the footnote marker from the title line.
 */
final class FootnoteRepair {
    /** A paragraph that starts with a footnote marker and says it is for information. */
    static final Pattern FOOTNOTE = Pattern.compile(
            "(?m)^[ \\t]*(?:[¹²³⁴⁵⁶⁷⁸⁹*]|\\(1\\)|1)[ \\t]*For information[^\\n]*(?:\\n(?!\\n)[^\\n]*){0,3}");
    static final Pattern TITLE_MARKER = Pattern.compile("(?m)^([ \\t]*Information Note)[ \\t]*[¹*1]?[ \\t]*$");

    /*
     * Both patterns match at the start of a line that contains their literal ("For information",
     * "Information Note"), so no match starts before the line of the literal's first occurrence:
     * the search starts there rather than trying the pattern at every character of the note.
     */
    String repair(String text) {
        char[] chars = text.toCharArray();
        return new String(chars, 0, repair(chars, chars.length));
    }

    /**
     * As {@link #repair(String)} on {@code text[0, length)}, in place (every repair only takes
     * characters out, or puts fewer back than it takes): returns the repaired text's length. The
     * normaliser repairs the characters it has just cleaned, without copying the whole text again.
     */
    int repair(char[] text, int length) {
        int footnote = indexOf(text, length, "For information");
        if (footnote >= 0) {
            CharSequence view = CharBuffer.wrap(text, 0, length);
            Matcher m = FOOTNOTE.matcher(view);
            if (m.find(lineStart(view, footnote))) {
                length = join(text, length, m.start(), m.end());
            }
        }
        int title = indexOf(text, length, "Information Note");
        if (title >= 0) {
            CharSequence view = CharBuffer.wrap(text, 0, length);
            Matcher m = TITLE_MARKER.matcher(view);
            if (m.find(lineStart(view, title))) {
                // the match made its group 1, which starts where the match starts: the rest of it goes
                length = cut(text, length, m.end(1), m.end());
            }
        }
        return length;
    }

    /** Where the line holding {@code at} starts, for any line terminator that (?m)^ knows. */
    private static int lineStart(CharSequence text, int at) {
        int i = at;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                break;
            }
            i--;
        }
        return i;
    }

    /**
     * Takes {@code text[start, end)} (the footnote) out of {@code text[0, length)} and joins what
     * was before and after it: a sentence the footnote split is rejoined (with a space, or without
     * the hyphen of a word split at the line end), bullets stay one per line, paragraphs are kept
     * apart by a blank line. In place; returns the new length.
     */
    static int join(char[] text, int length, int start, int end) {
        int headEnd = start;
        while (headEnd > 0 && Character.isWhitespace(text[headEnd - 1])) {
            headEnd--;
        }
        int tailStart = end;
        while (tailStart < length && Character.isWhitespace(text[tailStart])) {
            tailStart++;
        }
        String separator;
        if (headEnd == 0 || tailStart == length) {
            separator = "";
        } else {
            char last = text[headEnd - 1];
            char first = text[tailStart];
            boolean sentenceOpen = ".:;!?".indexOf(last) < 0;
            boolean continues = Character.isLowerCase(first) || first == '(' || Character.isDigit(first);
            if (sentenceOpen && continues) {
                if (last == '-' && headEnd > 1 && Character.isLetter(text[headEnd - 2]) && Character.isLowerCase(first)) {
                    headEnd--; // the hyphen of a word split at the line end
                    separator = "";
                } else {
                    separator = " ";
                }
            } else if (isBullet(text, lastLineStart(text, headEnd), headEnd) && isBullet(text, tailStart, length)) {
                separator = "\n";
            } else {
                separator = "\n\n";
            }
        }
        // the footnote between headEnd and tailStart is longer than any separator
        separator.getChars(0, separator.length(), text, headEnd);
        return cut(text, length, headEnd + separator.length(), tailStart);
    }

    /** Takes {@code text[from, to)} out of {@code text[0, length)}; returns the new length. */
    private static int cut(char[] text, int length, int from, int to) {
        System.arraycopy(text, to, text, from, length - to);
        return length - (to - from);
    }

    private static int lastLineStart(char[] text, int end) {
        int i = end;
        while (i > 0 && text[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    /** Whether the line {@code text[start, end)} is a bullet: a bullet character and a space. */
    private static boolean isBullet(char[] text, int start, int end) {
        return end - start > 1 && "-•*–▪·o".indexOf(text[start]) >= 0 && text[start + 1] == ' ';
    }

    /** Where {@code word} first occurs in {@code text[0, length)}, or -1. */
    private static int indexOf(char[] text, int length, String word) {
        char first = word.charAt(0);
        for (int i = 0; i + word.length() <= length; i++) {
            if (text[i] == first && regionIs(text, i, word)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean regionIs(char[] text, int at, String word) {
        for (int j = 1; j < word.length(); j++) {
            if (text[at + j] != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
