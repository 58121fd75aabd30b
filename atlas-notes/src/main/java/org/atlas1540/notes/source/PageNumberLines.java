package org.atlas1540.notes.source;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Drops a page number standing alone at the start or end of a page's text: "2", "- 2 -", "– 2 –",
 * "Page 2", "Page 2 of 3", "p. 2", "2 / 3", "2 of 3". Only the first and the last line of a page are
 * looked at (blank lines aside), so a number inside the text is kept. Numbers have at most three
 * digits, as a note never has a thousand pages, so a year alone on a line ("2013") is kept.
 */
final class PageNumberLines {
    private static final String N = "\\d{1,3}";
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:[-\u2013\u2014]\\s*)?" + N + "(?:\\s*[-\u2013\u2014])?"
                    + "|(?i:page|p\\.)\\s*" + N + "(?:\\s*(?i:of|/)\\s*" + N + ")?"
                    + "|" + N + "\\s*(?:/|(?i:of))\\s*" + N);

    private PageNumberLines() {
    }

    /**
     * The page's text without its leading and trailing blank lines and without a page number line
     * at either end; an empty string if nothing else is left.
     */
    static String strip(String page) {
        String[] lines = page.split("\n", -1);
        int first = 0;
        int last = lines.length - 1;
        first = skipBlank(lines, first, last, 1);
        last = skipBlank(lines, last, first, -1);
        if (first <= last && isPageNumber(lines[first])) {
            first = skipBlank(lines, first + 1, last, 1);
        }
        if (first <= last && isPageNumber(lines[last])) {
            last = skipBlank(lines, last - 1, first, -1);
        }
        if (first > last) {
            return "";
        }
        return String.join("\n", Arrays.asList(lines).subList(first, last + 1));
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.strip()).matches();
    }

    /** The first index from {@code from} in direction {@code step} whose line is not blank. */
    private static int skipBlank(String[] lines, int from, int to, int step) {
        int i = from;
        while (step > 0 ? i <= to : i >= to) {
            if (!lines[i].isBlank()) {
                return i;
            }
            i += step;
        }
        return i;
    }
}
