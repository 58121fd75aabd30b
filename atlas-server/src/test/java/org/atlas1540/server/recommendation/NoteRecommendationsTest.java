package org.atlas1540.server.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a recommendations section's text is cut into recommendations. */
class NoteRecommendationsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("sections")
    void aSectionIsCutIntoItsListItemsOrElseItsParagraphs(String layout, String text, List<String> items) {
        assertThat(NoteRecommendations.items(text)).isEqualTo(items);
    }

    static List<Arguments> sections() {
        return List.of(
                Arguments.of("dashes after an introduction", """
                        Participants agreed on the following recommendations:
                        - review the legislation;
                        - train customs officers, and
                        - share information.""", List.of("review the legislation.", "train customs officers",
                        "share information.")),
                Arguments.of("numbers, an item running over two lines", """
                        1. States should review
                        their control lists.
                        2) Donors should fund training.""", List.of("States should review their control lists.",
                        "Donors should fund training.")),
                Arguments.of("letters and bullets", "(a) First.\n• Second.\nb) Third.",
                        List.of("First.", "Second.", "Third.")),
                Arguments.of("paragraphs, lines joined", """
                        Participants adopted a set of recommendations
                        on export controls.

                        A further recommendation invites the Secretariat to report.""",
                        List.of("Participants adopted a set of recommendations on export controls.",
                                "A further recommendation invites the Secretariat to report.")),
                Arguments.of("a blank line ends an item", "- One.\n\nClosing remark.", List.of("One.")),
                Arguments.of("nothing", "  \n ", List.of()));
    }
}
