package org.atlas1540.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A note whose text starts cells with formula characters: the CSV exports must not hand a
 * spreadsheet a formula. Its own application context and database (the property below makes it
 * another context), so that the other web tests keep their three events.
 */
@TestPropertySource(properties = "atlas.test.context=formula-safety")
class ExportFormulaSafetyTest extends ExportTestSupport {
    static final String FORMULA_NOTE = """
            Information Note

            Event\t=HYPERLINK("http://example.invalid","Workshop") on Export Controls
            Organiser\tUnited Nations Office for Disarmament Affairs (UNODA)
            Date and Venue\t3-4 March 2016, Lima, Peru
            Participants\tStates: Peru, Chile

            1. Background

            The workshop discussed export licensing.
            """;

    @BeforeEach
    void importTheFormulaNote() {
        var result = importer.importBytes("formula-note.txt", FORMULA_NOTE.getBytes(StandardCharsets.UTF_8));
        assertThat(result.failed()).as(result.toString()).isFalse();
    }

    @Test
    void aCellThatWouldStartAFormulaIsWrittenAsText() {
        CSVRecord row = csv("/exports/events.csv?state=PER").rows().get(0);

        assertThat(row.get("title")).isEqualTo("'=HYPERLINK(\"http://example.invalid\",\"Workshop\") on Export Controls");
        assertThat(row.get("participating_states")).isEqualTo("PER; CHL");
    }

    @Test
    void theJsonExportKeepsTheTitleAsWritten() {
        String body = getJson("/exports/events.json?state=PER").body();

        assertThat(JSON.readTree(body).get(0).get("title").asString())
                .isEqualTo("=HYPERLINK(\"http://example.invalid\",\"Workshop\") on Export Controls");
    }
}
