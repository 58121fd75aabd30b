package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * FootnoteRepair starts its searches at the line of the first "For information" and "Information
 * Note", and joins the text around the footnote in place; the result must be that of searching the
 * whole text and joining strings, as it did before.
 */
class FootnoteRepairSearchStartTest {
    private static final String[] LINES = {
        "Information Note¹", "Information Note", "  Information Note *", "Information Note 1", "Information Notes",
        "¹ For information only – not an official report.", "1 For information only", "(1) For information only",
        "* For information", "See For information below", "For information", "The views expressed here are not ours.",
        "resolution 1977", "(2011) the Council encouraged States", "- a bullet", "• another bullet", "",
        "The workshop was held in Lomé.", "\tIndented text", "x For information only", "export con-",
        "trol lists", "o an item", "-", "• ", "  ", "\t", "Para.", "99 problems", "ending with a dash -",
        "¹ For information only", "continued (in brackets)", "\u00A0 spaced",
    };

    @Test
    void sameResultAsSearchingFromTheStart() {
        var random = new Random(1540);
        var repair = new FootnoteRepair();
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            int lines = 1 + random.nextInt(10);
            for (int i = 0; i < lines; i++) {
                if (i > 0) {
                    text.append('\n');
                }
                text.append(LINES[random.nextInt(LINES.length)]);
            }
            String input = text.toString();
            assertThat(repair.repair(input)).as("'%s'", input).isEqualTo(reference(input));
        }
    }

    /** The repair as written before, searching from the start of the text. */
    private static String reference(String text) {
        String result = text;
        if (result.contains("For information")) {
            Matcher m = FootnoteRepair.FOOTNOTE.matcher(result);
            if (m.find()) {
                result = join(result.substring(0, m.start()), result.substring(m.end()));
            }
        }
        if (result.contains("Information Note")) {
            result = FootnoteRepair.TITLE_MARKER.matcher(result).replaceFirst("$1");
        }
        return result;
    }

    /** The join as written before, on strings. */
    private static String join(String before, String after) {
        int headEnd = before.length();
        while (headEnd > 0 && Character.isWhitespace(before.charAt(headEnd - 1))) {
            headEnd--;
        }
        String head = before.substring(0, headEnd);
        String tail = after.stripLeading();
        if (head.isEmpty() || tail.isEmpty()) {
            return head + tail;
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
        if (isBullet(head.substring(head.lastIndexOf('\n') + 1)) && isBullet(tail)) {
            return head + "\n" + tail;
        }
        return head + "\n\n" + tail;
    }

    private static boolean isBullet(String line) {
        return !line.isEmpty() && "-•*–▪·o".indexOf(line.charAt(0)) >= 0 && line.length() > 1 && line.charAt(1) == ' ';
    }
}
