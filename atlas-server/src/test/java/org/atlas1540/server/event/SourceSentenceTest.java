package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceSentenceTest {
    static final String TEXT = "First sentence here. The host was the first State to prepare a plan (http://x.org/a.pdf) "
            + "in the region. Last one.\n\nA new paragraph.";

    @Test
    void theSpanIsMarkedInsideItsSentence() {
        int start = TEXT.indexOf("the first State");
        int end = start + "the first State".length();

        var sentence = SourceSentence.around(TEXT, start, end);

        assertThat(sentence.before()).isEqualTo("The host was ");
        assertThat(sentence.marked()).isEqualTo("the first State");
        assertThat(sentence.after()).isEqualTo(" to prepare a plan (http://x.org/a.pdf) in the region.");
    }

    @Test
    void aSpanThatIsAWholeSentenceHasNothingAroundIt() {
        int start = TEXT.indexOf("Last one.");

        var sentence = SourceSentence.around(TEXT, start, start + "Last one.".length());

        assertThat(sentence.before()).isEmpty();
        assertThat(sentence.after()).isEmpty();
    }

    @Test
    void aParagraphBreakEndsTheSentence() {
        String text = "Heading without stop\n\nBody text starts here and goes on";
        int start = text.indexOf("starts");

        var sentence = SourceSentence.around(text, start, start + "starts".length());

        assertThat(sentence.before()).isEqualTo("Body text ");
        assertThat(sentence.after()).isEqualTo(" here and goes on");
    }

    @Test
    void aSpanOutsideTheTextGivesNothingRatherThanFailing() {
        assertThat(SourceSentence.around("short", 3, 99)).isEqualTo(new SourceSentence("", "", ""));
        assertThat(SourceSentence.around(null, 0, 0)).isEqualTo(new SourceSentence("", "", ""));
    }

    @Test
    void aVeryLongSentenceIsCutAroundTheSpan() {
        String text = "x".repeat(1000) + " MARK " + "y".repeat(1000) + ".";
        int start = text.indexOf("MARK");

        var sentence = SourceSentence.around(text, start, start + 4);

        assertThat(sentence.before()).startsWith("…").hasSize(SourceSentence.MAX_CONTEXT + 1);
        assertThat(sentence.after()).endsWith("…");
    }
}
