package org.atlas1540.server.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void missingOrBlankTextIsABlankQuery() {
        assertThat(SearchQuery.of(null).isBlank()).isTrue();
        assertThat(SearchQuery.of(" \t\n ").isBlank()).isTrue();
        assertThat(SearchQuery.of("\u0000\u0007").isBlank()).isTrue();
    }

    @Test
    void whiteSpaceAndControlCharactersBecomeSingleSpaces() {
        assertThat(SearchQuery.of("  export\t\tcontrol\u0000regimes\r\n").text()).isEqualTo("export control regimes");
        assertThat(SearchQuery.of("a\u00a0b").text()).isEqualTo("a b");
    }

    @Test
    void privateUseCharactersAreDroppedSoThatNoQueryCanForgeAHighlightMarker() {
        assertThat(SearchQuery.of("bel\ue000grade\ue001").text()).isEqualTo("bel grade");
    }

    @Test
    void aShortQueryIsKeptAsTyped() {
        var query = SearchQuery.of("\"export control\" -kyiv or (Belgrade");

        assertThat(query.text()).isEqualTo("\"export control\" -kyiv or (Belgrade");
        assertThat(query.shortened()).isFalse();
    }

    @Test
    void aLongQueryIsCutAtAWordAndSaysSo() {
        var query = SearchQuery.of("export control ".repeat(1000));

        assertThat(query.shortened()).isTrue();
        assertThat(query.text()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH).endsWith("control")
                .startsWith("export control export");
    }

    @Test
    void aLongWordIsCutAtTheLimitButNeverInsideASurrogatePair() {
        var query = SearchQuery.of("x" + "\uD83D\uDE00".repeat(500));

        assertThat(query.text()).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
        assertThat(Character.isHighSurrogate(query.text().charAt(query.text().length() - 1))).isFalse();
    }
}
