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
    private static final Pattern FOOTNOTE = Pattern.compile(
            "(?m)^[ \\t]*(?:[¹²³⁴⁵⁶⁷⁸⁹*]|\\(1\\)|1)[ \\t]*For information[^\\n]*(?:\\n(?!\\n)[^\\n]*){0,3}");
    private static final Pattern TITLE_MARKER = Pattern.compile("(?m)^([ \\t]*Information Note)[ \\t]*[¹*1]?[ \\t]*$");

    String repair(String text) {
        String result = text;
        if (result.contains("For information")) {
            Matcher m = FOOTNOTE.matcher(result);
            if (m.find()) {
                result = join(result.substring(0, m.start()), result.substring(m.end()));
            }
        }
        if (result.contains("Information Note")) {
            result = TITLE_MARKER.matcher(result).replaceFirst("$1");
        }
        return result;
    }

    private static String join(String before, String after) {
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
