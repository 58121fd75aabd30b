package org.atlas1540.notes.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * SectionHeadings tries a kind's pattern only on a heading in which one of its start words starts
 * a word: that must never turn away a heading the pattern matches. This test guards that when a
 * pattern changes.
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
