package org.atlas1540.notes.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageNumberLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2", " 12 ", "- 2 -", "\u2013 3 \u2013", "Page 2", "Page 2 of 3", "PAGE 4 OF 9", "p. 7",
        "2/3", "2 of 3"})
    void recognisesAPageNumberLine(String line) {
        assertThat(PageNumberLines.isPageNumber(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2013", "1.", "1540 Committee", "Page two", "9-10 May", "(2011)", ""})
    void leavesOtherLinesAlone(String line) {
        assertThat(PageNumberLines.isPageNumber(line)).isFalse();
    }

    @Test
    void dropsPageNumbersOnlyAtThePageEdges() {
        assertThat(PageNumberLines.strip("\nPage 2 of 3\nText\n3\nmore\n\n- 2 -\n\n")).isEqualTo("Text\n3\nmore");
    }

    @Test
    void leavesNothingOfAPageThatIsOnlyANumber() {
        assertThat(PageNumberLines.strip("\n 4 \n")).isEmpty();
    }
}
