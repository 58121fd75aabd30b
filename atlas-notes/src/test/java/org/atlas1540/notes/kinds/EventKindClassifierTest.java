package org.atlas1540.notes.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventKindClassifierTest {
    private final EventKindClassifier classifier = new EventKindClassifier();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                                                                  | kind
            Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)  | workshop
            Sub-regional workshops for Central Asian States                         | workshop
            National Seminar on Export Controls                                     | seminar
            Webinar on biosecurity                                                  | seminar
            International Conference on Nuclear Security                            | conference
            Symposium on Strategic Trade                                            | conference
            OSCE Forum for Security Co-operation                                    | conference
            Meeting of national points of contact                                   | meeting
            Bilateral consultations with Albania                                    | meeting
            Round table on the 1540 matrix                                          | meeting
            Round-table discussion                                                  | meeting
            Roundtable on assistance                                                | meeting
            Dialogue with industry                                                  | meeting
            Briefing to Member States                                               | meeting
            Side event at the BWC Meeting of States Parties                         | meeting
            Training course for points of contact                                   | training-course
            Regional training for customs officers                                  | training-course
            Train-the-trainer programme on licensing                                | training-course
            Train the Trainers                                                      | training-course
            Course on export control licensing                                      | training-course
            Country visit to Albania                                                | country-visit
            Country-visits                                                          | country-visit
            Visit to the Republic of Moldova at its invitation                      | country-visit
            1540 Committee mission to Kyrgyzstan                                    | country-visit
            REGIONAL WORKSHOP                                                       | workshop
            Annual report                                                           | other
            ''                                                                      | other
            """)
    void readsTheKindOfEventFromItsTitle(String title, String kind) {
        assertThat(classifier.classify(title).json()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                                                                  | kind
            Regional Workshop on the Review Conference Follow-up                    | workshop
            Conference and workshop on export control                               | conference
            Training Workshop on Export Control                                     | training-course
            Seminar and training course for customs                                 | seminar
            Meeting on the outcome of the seminar                                   | meeting
            Workshop during the country visit to Moldova                            | country-visit
            Training course followed by a visit to the border crossing              | country-visit
            """)
    void letsACountryVisitWinAndOtherwiseTheFirstKindWord(String title, String kind) {
        assertThat(classifier.classify(title).json()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # title                                                                  | kind
            Workshop hosted by the Permanent Mission to the United Nations          | workshop
            Workshops on coursework and meetingplace design                         | workshop
            Missionary work                                                         | other
            The forthcoming trainee programme                                       | other
            Visitors' day                                                           | other
            """)
    void readsWholeWordsOnly(String title, String kind) {
        assertThat(classifier.classify(title).json()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"round ", "train-the-", "permanent mission ", "country-", "side ", "a", " "})
    void readsAMegabyteOfRepetitiveTextQuickly(String unit) {
        String title = unit.repeat(1_000_000 / unit.length());
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> classifier.classify(title));
    }

    @Test
    void refusesNoTitle() {
        assertThatNullPointerException().isThrownBy(() -> classifier.classify(null));
    }
}
