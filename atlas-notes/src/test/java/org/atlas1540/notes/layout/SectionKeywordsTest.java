package org.atlas1540.notes.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * SectionHeadings tries a kind's pattern only on a heading in which one of its start words starts
 * a word, and its numbering pattern only on a line that starts as a number can: that must never
 * turn away a heading the pattern matches. This test guards that when a pattern changes.
 */
class SectionKeywordsTest {
    private static final String[] FRAGMENTS = {
        "Recommendation", "recommendations", "RECOMMENDATIONS", "Objective", "objectives", "Purpose", "purposes",
        "Aim", "aims", "Goal", "goals", "Background", "Context", "Introduction", "Highlights", "highlight", "Summary",
        "Proceedings", "Discussion", "discussions", "Key points", "key  points", "Main points", "Overview of",
        "overview of the", "event", "workshop", "Outcome", "outcomes", "Result", "results", "Conclusion",
        "conclusions", "Comment", "comments", "Remark", "remarks", "Observations", "observation", "Other", "and",
        "of", "the", "Session", "1.", "II.", "-", "/", "(", ")", "é", "_", "x", "Aimed", "reaim", "Goalkeeper",
    };

    private static final String[] NUMBERS = {
        "1", "12", "123", ".", ")", "(", "1.2", "1.2.3", "I", "II", "IV", "XIV", "VIX", "A", "H", "J", "i", "a", " ",
        "\t", "Objectives", "x", "\u0661", "\uFF11", "-", "•",
    };

    @Test
    void neverTurnAwayANumberingOnRandomLines() {
        var random = new Random(1541);
        int numbered = 0;
        for (int n = 0; n < 30_000; n++) {
            var line = new StringBuilder();
            int parts = random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                line.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            }
            line.append(new String[] {" Objectives", "\tBackground", "", " "}[random.nextInt(4)]);
            String text = line.toString();
            if (SectionHeadings.NUMBERING.matcher(text).lookingAt()) {
                numbered++;
                assertThat(SectionHeadings.mayBeNumbered(text)).as("'%s'", text).isTrue();
            }
        }
        assertThat(numbered).as("numbered lines tried").isGreaterThan(200);
    }

    @Test
    void neverTurnAwayAMatchOnRandomHeadings() {
        var random = new Random(1540);
        for (int n = 0; n < 30_000; n++) {
            var text = new StringBuilder();
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(4) != 0) {
                    text.append(' ');
                }
            }
            String heading = text.toString();
            for (SectionHeadings.Keyword keyword : SectionHeadings.KEYWORDS) {
                if (keyword.pattern().matcher(heading).find()) {
                    assertThat(keyword.starts().anyIn(heading)).as("%s on '%s'", keyword.kind(), heading).isTrue();
                }
            }
        }
    }
}
