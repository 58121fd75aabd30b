package org.atlas1540.notes.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {
    @Test
    void splitsAtSentenceEndsButNotAtAbbreviations() {
        String text = "Speakers from the U.S. State Department spoke, e.g. on EXBS. The host presented. (2011) is a year.";
        assertThat(Sentences.split(text, 0, text.length())).extracting(s -> s.of(text)).containsExactly(
                "Speakers from the U.S. State Department spoke, e.g. on EXBS.", "The host presented.", "(2011) is a year.");
    }

    @Test
    void splitsAtBulletsAndBlankLines() {
        String text = "Topics:\n- one\n- two\n\nNext paragraph";
        assertThat(Sentences.split(text, 0, text.length())).extracting(s -> s.of(text))
                .containsExactly("Topics:", "- one", "- two", "Next paragraph");
    }
}
