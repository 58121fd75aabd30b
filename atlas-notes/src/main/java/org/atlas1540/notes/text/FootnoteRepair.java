package org.atlas1540.notes.text;

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
        String result = text;
        int footnote = result.indexOf("For information");
        if (footnote >= 0) {
            Matcher m = FOOTNOTE.matcher(result);
            if (m.find(lineStart(result, footnote))) {
                result = join(result.substring(0, m.start()), result.substring(m.end()));
            }
        }
        int title = result.indexOf("Information Note");
        if (title >= 0) {
            Matcher m = TITLE_MARKER.matcher(result);
            if (m.find(lineStart(result, title))) {
                result = result.substring(0, m.start()) + m.group(1) + result.substring(m.end());
            }
        }
        return result;
    }

    /** Where the line holding {@code at} starts, for any line terminator that (?m)^ knows. */
    private static int lineStart(String text, int at) {
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

    static String join(String before, String after) {
        String head = stripTrailing(before);
        String tail = after.stripLeading();
        if (head.isEmpty() || tail.isEmpty()) {
            return head + (head.isEmpty() || tail.isEmpty() ? "" : "\n\n") + tail;
        }
        char last = head.charAt(head.length() - 1);
        char first = tail.charAt(0);
        boolean sentenceOpen = ".:;!?".indexOf(last) < 0;
        boolean continues = Character.isLowerCase(first) || first == '(' || Character.isDigit(first);
        if (sentenceOpen && continues) {
            if (last == '-' && head.length() > 1 && Character.isLetter(head.charAt(head.length() - 2))
                    && Character.isLowerCase(first)) {
                return head.substring(0, head.length() - 1) + tail;
            }
            return head + " " + tail;
        }
        if (lastLineIsBullet(head) && isBullet(tail)) {
            return head + "\n" + tail;
        }
        return head + "\n\n" + tail;
    }

    private static boolean lastLineIsBullet(String head) {
        return isBullet(head.substring(head.lastIndexOf('\n') + 1));
    }

    private static boolean isBullet(String line) {
        return !line.isEmpty() && "-•*–▪·o".indexOf(line.charAt(0)) >= 0 && line.length() > 1 && line.charAt(1) == ' ';
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
