package org.atlas1540.server.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2013-05-09 | 2013-05-10 | 9–10 May 2013
            2013-05-09 | 2013-05-09 | 9 May 2013
            2013-05-09 | null       | 9 May 2013
            2013-05-30 | 2013-06-02 | 30 May – 2 June 2013
            2013-12-30 | 2014-01-02 | 30 December 2013 – 2 January 2014
            null       | null       | Date not given
            """)
    void datesAreWrittenAsTheNotesWriteThem(LocalDate start, LocalDate end, String written) {
        assertThat(EventText.dates(start, end)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"training-course, Training course", "country-visit, Country visit", "workshop, Workshop"})
    void kindsAreWrittenAsWords(String kind, String label) {
        assertThat(EventText.kindLabel(kind)).isEqualTo(label);
    }
}
