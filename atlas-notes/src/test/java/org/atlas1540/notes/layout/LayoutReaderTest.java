package org.atlas1540.notes.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.atlas1540.notes.Section;
import org.atlas1540.notes.SectionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutReaderTest {
    private final LayoutReader reader = new LayoutReader();

    private String field(String text, FieldLabel label) {
        NoteLayout layout = reader.read(text);
        return layout.field(label).map(f -> f.valueText(text)).orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tab                        | Event\\tWorkshop A\\nVenue\\tLima
            colon                      | Event: Workshop A\\nVenue: Lima
            label on its own line      | Event\\nWorkshop A\\n\\nVenue\\nLima
            label, blank line, value   | Event:\\n\\nWorkshop A\\n\\nVenue:\\n\\nLima
            two spaces                 | Event    Workshop A\\nVenue   Lima
            other order                | Venue: Lima\\nTitle: Workshop A
            """)
    void readsHeaderFieldsHoweverTheyAreSeparated(String layout, String text) {
        String note = text.replace("\\n", "\n").replace("\\t", "\t") + "\n\nBackground\n\nBody.";
        assertThat(field(note, FieldLabel.EVENT)).isEqualTo("Workshop A");
        assertThat(field(note, FieldLabel.VENUE)).isEqualTo("Lima");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Organiser      | ORGANISERS
            Organizers     | ORGANISERS
            Organised by   | ORGANISERS
            Date and Venue | DATE_AND_VENUE
            Dates & Place  | DATE_AND_VENUE
            Dates          | DATE
            Participants   | PARTICIPANTS
            """)
    void knowsTheSpellingsOfEachLabel(String label, FieldLabel expected) {
        assertThat(FieldLabel.at(label + ": x")).get().extracting(FieldLabel.Found::label).isEqualTo(expected);
    }

    @Test
    void aSentenceThatStartsWithALabelWordIsNotALabel() {
        assertThat(FieldLabel.at("Participating States provided an overview")).isEmpty();
    }

    @Test
    void readsNumberedAndUnnumberedSectionsWithTheirKinds() {
        String note = "Event: X\nVenue: Lima\n\nI. Purpose\n\nTo train.\n\n2) Summary of discussions\n\nTalks.\n\n"
                + "Recommendations:\n\n- One.\n\nFollow-up\n\nLater.\n\nParticipants agreed on the following:\n\n- Two.";
        assertThat(reader.read(note).sections()).extracting(Section::kind, Section::heading).containsExactly(
                tuple(SectionKind.OBJECTIVES, "Purpose"),
                tuple(SectionKind.HIGHLIGHTS, "Summary of discussions"),
                tuple(SectionKind.RECOMMENDATIONS, "Recommendations"),
                tuple(SectionKind.OTHER, "Follow-up"));
        assertThat(reader.read(note).sections().get(3).text()).isEqualTo(
                "Later.\n\nParticipants agreed on the following:\n\n- Two.");
    }

    @Test
    void continuesAParticipantsListOverBulletLines() {
        String note = "Event: X\nParticipants:\nStates:\n- Chile\n- Peru\n\nOther:\n- OAS\n\nBackground\n\nBody.";
        assertThat(field(note, FieldLabel.PARTICIPANTS)).isEqualTo("States: - Chile - Peru Other: - OAS");
    }
}
