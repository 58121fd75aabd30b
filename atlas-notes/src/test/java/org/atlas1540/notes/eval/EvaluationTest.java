package org.atlas1540.notes.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluationTest {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** A complete expected record; single quotes stand for double quotes. */
    private static final String EXPECTED = """
            {'title': 'Regional Workshop on the Implementation of UNSC Resolution 1540 (2004)',
             'kind': 'workshop', 'startDate': '2013-05-09', 'endDate': '2013-05-10',
             'venue': {'city': 'Belgrade', 'country': 'SRB'},
             'organisers': [{'type': 'state', 'id': 'SRB'}, {'type': 'organisation', 'id': 'OSCE'}],
             'participants': [{'type': 'state', 'id': 'ALB'}, {'type': 'state', 'id': 'SVN'},
                              {'type': 'organisation', 'id': 'BAFA'},
                              {'type': 'unresolved', 'mention': 'Serbian University of Defense'}],
             'sections': [{'kind': 'objectives', 'heading': 'Conference Objectives'},
                          {'kind': 'background', 'heading': 'Background'}],
             'topics': ['national-action-plans', 'biosecurity'],
             'resolutions': [{'number': 1540, 'year': 2004}, {'number': 1977, 'year': 2011}],
             'emails': ['1540experts@un.org'],
             'urls': ['http://www.un.org/en/sc/1540/'],
             'facts': [{'type': 'national-action-plan', 'state': 'SRB'}, {'type': 'related-event'},
                       {'type': 'recommendations', 'state': null}]}
            """;

    /** What a perfect reader writes for EXPECTED: the same values plus fields the scorer ignores. */
    private static final String ACTUAL = """
            {'source': {'path': 'belgrade.txt', 'sha256': 'ab12', 'mediaType': 'text/plain'},
             'title': 'Regional Workshop on the  Implementation of UNSC Resolution 1540 (2004)',
             'kind': 'workshop', 'startDate': '2013-05-09', 'endDate': '2013-05-10',
             'venue': {'text': '9-10 May 2013, Belgrade, Serbia', 'city': 'Belgrade', 'country': 'SRB'},
             'organisers': [{'type': 'organisation', 'id': 'OSCE', 'name': 'OSCE', 'mention': 'OSCE',
                             'span': {'start': 10, 'end': 14}},
                            {'type': 'state', 'id': 'SRB', 'name': 'Serbia', 'mention': 'Republic of Serbia'}],
             'participants': [{'type': 'state', 'id': 'ALB', 'name': 'Albania'},
                              {'type': 'state', 'id': 'SVN', 'name': 'Slovenia'},
                              {'type': 'organisation', 'id': 'BAFA', 'state': 'DEU'},
                              {'type': 'unresolved', 'id': null, 'name': 'Serbian University of Defense',
                               'mention': 'Serbian University of Defense'}],
             'sections': [{'kind': 'objectives', 'heading': 'Conference Objectives', 'text': '...'},
                          {'kind': 'background', 'heading': 'Background', 'text': '...'}],
             'topics': ['biosecurity', 'national-action-plans'],
             'resolutions': [{'number': 1977, 'year': 2011}, {'number': 1540, 'year': 2004}],
             'emails': ['1540experts@un.org'],
             'urls': ['http://www.un.org/en/sc/1540/'],
             'facts': [{'type': 'recommendations', 'description': 'informal recommendations'},
                       {'type': 'related-event', 'relation': 'follow-up', 'state': null},
                       {'type': 'national-action-plan', 'state': 'SRB', 'status': 'prepared'}],
             'warnings': []}
            """;

    private static JsonNode json(String singleQuoted) {
        return JSON.readTree(singleQuoted.replace('\'', '"'));
    }

    private static EvaluationReport score(String actual, String expected) {
        return Evaluation.score(List.of(new Evaluation.Case("note", json(actual), json(expected))));
    }

    private static String withParticipants(String record, String participants) {
        int start = record.indexOf("'participants'");
        int end = record.indexOf("'sections'");
        return record.substring(0, start) + "'participants': " + participants + ",\n " + record.substring(end);
    }

    @Test
    void aPerfectReadingScoresOneForEveryField() {
        EvaluationReport report = score(ACTUAL, EXPECTED);

        assertThat(report.fields()).hasSize(14);
        assertThat(report.fields()).allSatisfy(field -> {
            assertThat(field.precision()).as(field.field()).isEqualTo(1.0);
            assertThat(field.recall()).as(field.field()).isEqualTo(1.0);
            assertThat(field.f1()).as(field.field()).isEqualTo(1.0);
        });
        assertThat(report.notesFullyRight()).isEqualTo(1);
        assertThat(report.notes().get(0).mismatches()).isEmpty();
    }

    @Test
    void fieldsAreReportedInTheDocumentedOrder() {
        assertThat(score(ACTUAL, EXPECTED).fields()).extracting(FieldScore::field).containsExactly(
                "title", "kind", "startDate", "endDate", "venue.city", "venue.country", "organisers",
                "participants", "sections", "topics", "resolutions", "emails", "urls", "facts");
    }

    @Test
    void aMissingParticipantLowersRecallOnly() {
        String actual = withParticipants(ACTUAL, """
                [{'type': 'state', 'id': 'ALB'}, {'type': 'organisation', 'id': 'BAFA'},
                 {'type': 'unresolved', 'mention': 'Serbian University of Defense'}]""");

        FieldScore participants = score(actual, EXPECTED).field("participants");

        assertThat(participants.truePositives()).isEqualTo(3);
        assertThat(participants.falsePositives()).isZero();
        assertThat(participants.falseNegatives()).isEqualTo(1);
        assertThat(participants.precision()).isEqualTo(1.0);
        assertThat(participants.recall()).isEqualTo(0.75);
    }

    @Test
    void anExtraParticipantLowersPrecisionOnly() {
        String actual = withParticipants(ACTUAL, """
                [{'type': 'state', 'id': 'ALB'}, {'type': 'state', 'id': 'SVN'}, {'type': 'state', 'id': 'DEU'},
                 {'type': 'organisation', 'id': 'BAFA'},
                 {'type': 'unresolved', 'mention': 'Serbian University of Defense'}]""");

        EvaluationReport report = score(actual, EXPECTED);
        FieldScore participants = report.field("participants");

        assertThat(participants.precision()).isEqualTo(0.8);
        assertThat(participants.recall()).isEqualTo(1.0);
        assertThat(report.notes().get(0).mismatches())
                .containsExactly(new Mismatch("participants", List.of(), List.of("state:DEU")));
    }

    @Test
    void aPartyNamedTwiceCountsTheSecondTimeAsFalsePositive() {
        String actual = withParticipants(ACTUAL, """
                [{'type': 'state', 'id': 'ALB'}, {'type': 'state', 'id': 'ALB'}, {'type': 'state', 'id': 'SVN'},
                 {'type': 'organisation', 'id': 'BAFA'},
                 {'type': 'unresolved', 'mention': 'Serbian University of Defense'}]""");

        FieldScore participants = score(actual, EXPECTED).field("participants");

        assertThat(participants.truePositives()).isEqualTo(4);
        assertThat(participants.falsePositives()).isEqualTo(1);
    }

    @Test
    void aWrongDateCountsOneFalsePositiveAndOneFalseNegative() {
        EvaluationReport report = score(ACTUAL.replace("'startDate': '2013-05-09'", "'startDate': '2013-09-05'"),
                EXPECTED);
        FieldScore startDate = report.field("startDate");

        assertThat(startDate.truePositives()).isZero();
        assertThat(startDate.falsePositives()).isEqualTo(1);
        assertThat(startDate.falseNegatives()).isEqualTo(1);
        assertThat(startDate.f1()).isZero();
        assertThat(report.notes().get(0).mismatches())
                .containsExactly(new Mismatch("startDate", List.of("2013-05-09"), List.of("2013-09-05")));
    }

    @Test
    void aMissingValueIsAFalseNegativeAndAnUnexpectedValueAFalsePositive() {
        String actual = ACTUAL.replace("'venue': {'text': '9-10 May 2013, Belgrade, Serbia', 'city': 'Belgrade',",
                "'venue': {'text': '9-10 May 2013, Belgrade, Serbia', 'city': null,");
        String expected = EXPECTED.replace("'kind': 'workshop'", "'kind': null");

        EvaluationReport report = score(actual, expected);

        assertThat(report.field("venue.city").falseNegatives()).isEqualTo(1);
        assertThat(report.field("venue.city").falsePositives()).isZero();
        assertThat(report.field("kind").falsePositives()).isEqualTo(1);
        assertThat(report.field("kind").falseNegatives()).isZero();
    }

    @Test
    void aNoteThatFailedToReadCountsEveryExpectedValueAsMissed() {
        String failed = "{'source': {'path': 'broken.pdf'}, 'error': 'the PDF is encrypted'}";

        EvaluationReport report = score(failed, EXPECTED);

        assertThat(report.field("title").falseNegatives()).isEqualTo(1);
        assertThat(report.field("participants").falseNegatives()).isEqualTo(4);
        assertThat(report.field("facts").falseNegatives()).isEqualTo(3);
        assertThat(report.fields()).allSatisfy(field -> {
            assertThat(field.truePositives()).isZero();
            assertThat(field.falsePositives()).isZero();
            assertThat(field.recall()).isZero();
        });
        assertThat(report.overall().falseNegatives()).isEqualTo(23);
        assertThat(report.notes().get(0).error()).isEqualTo("the PDF is encrypted");
        assertThat(report.notesFullyRight()).isZero();
    }

    @Test
    void anEmptyExpectedListWithAnEmptyActualListScoresOneNotNaN() {
        String expected = EXPECTED.replace("'urls': ['http://www.un.org/en/sc/1540/']", "'urls': []");
        String actual = ACTUAL.replace("'urls': ['http://www.un.org/en/sc/1540/']", "'urls': []");

        FieldScore urls = score(actual, expected).field("urls");

        assertThat(urls.truePositives() + urls.falsePositives() + urls.falseNegatives()).isZero();
        assertThat(urls.precision()).isEqualTo(1.0);
        assertThat(urls.recall()).isEqualTo(1.0);
        assertThat(urls.f1()).isEqualTo(1.0);
    }

    @Test
    void findingNothingWhereSomethingWasExpectedScoresZeroNotNaN() {
        FieldScore urls = score(ACTUAL.replace("'urls': ['http://www.un.org/en/sc/1540/']", "'urls': []"), EXPECTED)
                .field("urls");

        assertThat(urls.precision()).isZero();
        assertThat(urls.recall()).isZero();
        assertThat(urls.f1()).isZero();
    }

    @Test
    void unresolvedMentionsMatchIgnoringCaseAndExtraWhitespace() {
        String actual = withParticipants(ACTUAL, """
                [{'type': 'state', 'id': 'ALB'}, {'type': 'state', 'id': 'SVN'}, {'type': 'organisation', 'id': 'BAFA'},
                 {'type': 'unresolved', 'mention': ' SERBIAN University  of\\ndefense '}]""");

        assertThat(score(actual, EXPECTED).field("participants").isPerfect()).isTrue();
    }

    @Test
    void stateAndOrganisationIdsMatchExactly() {
        String actual = withParticipants(ACTUAL, """
                [{'type': 'state', 'id': 'alb'}, {'type': 'organisation', 'id': 'SVN'}, {'type': 'organisation', 'id': 'BAFA'},
                 {'type': 'unresolved', 'mention': 'Serbian University of Defense'}]""");

        FieldScore participants = score(actual, EXPECTED).field("participants");

        assertThat(participants.truePositives()).isEqualTo(2);
        assertThat(participants.falsePositives()).isEqualTo(2);
        assertThat(participants.falseNegatives()).isEqualTo(2);
    }

    @Test
    void topicsCompareAsSetsSoARepeatedTopicIsNotPenalised() {
        String actual = ACTUAL.replace("'topics': ['biosecurity', 'national-action-plans']",
                "'topics': ['biosecurity', 'national-action-plans', 'biosecurity']");

        assertThat(score(actual, EXPECTED).field("topics").isPerfect()).isTrue();
    }

    @Test
    void sectionsCompareByKindAndHeading() {
        String actual = ACTUAL.replace("{'kind': 'background', 'heading': 'Background', 'text': '...'}",
                "{'kind': 'other', 'heading': 'Background', 'text': '...'}");

        EvaluationReport report = score(actual, EXPECTED);

        assertThat(report.notes().get(0).mismatches()).containsExactly(
                new Mismatch("sections", List.of("background:Background"), List.of("other:Background")));
    }

    @Test
    void factsCompareByTypeAndStateIgnoringOtherFields() {
        String actual = ACTUAL.replace("{'type': 'national-action-plan', 'state': 'SRB', 'status': 'prepared'}",
                "{'type': 'national-action-plan', 'state': 'MNE', 'status': 'prepared'}");

        EvaluationReport report = score(actual, EXPECTED);

        assertThat(report.field("facts").truePositives()).isEqualTo(2);
        assertThat(report.notes().get(0).mismatches()).containsExactly(
                new Mismatch("facts", List.of("national-action-plan:SRB"), List.of("national-action-plan:MNE")));
    }

    @Test
    void countsAreSummedOverNotesBeforeRatiosAreTaken() {
        String oneParticipant = "{'participants': [{'type': 'state', 'id': 'ALB'}]}";
        String fourParticipants = """
                {'participants': [{'type': 'state', 'id': 'ALB'}, {'type': 'state', 'id': 'SVN'},
                                  {'type': 'state', 'id': 'MNE'}, {'type': 'state', 'id': 'HRV'}]}""";
        String nothing = "{'participants': []}";

        EvaluationReport report = Evaluation.score(List.of(
                new Evaluation.Case("a", json(oneParticipant), json(oneParticipant)),
                new Evaluation.Case("b", json(nothing), json(fourParticipants))));
        FieldScore participants = report.field("participants");

        assertThat(participants.recall()).isEqualTo(0.2);
        assertThat(report.notesFullyRight()).isEqualTo(1);
        assertThat(report.fullyRightShare()).isEqualTo(0.5);
    }

    @Test
    void renderShowsTheTableTheFullyRightShareAndEachNotesMismatches() {
        EvaluationReport report = Evaluation.score(List.of(
                new Evaluation.Case("01-good", json(ACTUAL), json(EXPECTED)),
                new Evaluation.Case("02-bad", json(ACTUAL.replace("'endDate': '2013-05-10'", "'endDate': null")),
                        json(EXPECTED)),
                new Evaluation.Case("03-broken", json("{'error': 'the file is empty'}"), json(EXPECTED))));

        String text = report.render();

        assertThat(text).startsWith("field ");
        assertThat(text).contains("endDate        1.000  0.333  0.500      1      0      2");
        assertThat(text).contains("notes fully right: 1/3 (33.3%)");
        assertThat(text).contains("  02-bad\n    endDate: missing [2013-05-10]\n");
        assertThat(text).contains("  03-broken\n    error: the file is empty\n");
        assertThat(text).doesNotContain("01-good");
    }

    @Test
    void markdownIsATableWithOneRowPerFieldAndATotal() {
        String markdown = score(ACTUAL, EXPECTED).markdown();

        assertThat(markdown.lines().filter(line -> line.startsWith("|"))).hasSize(2 + 14 + 1);
        assertThat(markdown).contains("| participants | 1.000 | 1.000 | 1.000 | 4 | 0 | 0 |");
        assertThat(markdown).contains("| all fields |");
        assertThat(markdown).contains("Notes fully right: 1/1 (100.0%)");
    }

    @Test
    void noNotesIsAnEmptyButValidReport() {
        EvaluationReport report = Evaluation.score(List.of());

        assertThat(report.fullyRightShare()).isEqualTo(1.0);
        assertThat(report.overall().f1()).isCloseTo(1.0, within(1e-9));
        assertThat(report.render()).contains("notes fully right: 0/0 (100.0%)");
    }
}
