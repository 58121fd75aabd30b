package org.atlas1540.server.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.importing.NoteImporter;
import org.atlas1540.server.testing.AssistanceTestData;
import org.atlas1540.server.testing.TestClock;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.FieldProblem;
import org.atlas1540.server.web.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Requests, their lifecycle and who sees them, on whichever database the subclass names, with a fixed clock. */
abstract class AssistanceRequestsContract {
    static final LocalDate TODAY = LocalDate.of(2024, 3, 1);

    @Autowired
    AssistanceRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    NoteImporter importer;

    String lome;

    @BeforeEach
    void cleanSlate() {
        AssistanceTestData.deleteAll(jdbc);
        clock.setDay(TODAY);
        lome = AssistanceTestData.importLome(importer);
    }

    @AfterEach
    void cleanUp() {
        AssistanceTestData.deleteAll(jdbc);
    }

    static NewRequest request(String state, AssistanceArea area, boolean published) {
        return new NewRequest(StateCode.of(state), area, "Training of customs officers", LocalDate.of(2024, 2, 1),
                RequestSource.text("Note verbale of 1 February 2024"), published);
    }

    @Test
    void aNewRequestIsReceivedAndItsCreationIsTheFirstTransitionWithWhoAndWhen() {
        var id = requests.create(request("SRB", AssistanceArea.BORDER_SECURITY, true), "editor1");

        AssistanceRequest stored = requests.find(id, Audience.STAFF).orElseThrow();
        assertThat(stored.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(stored.stateName()).isEqualTo("Serbia");
        assertThat(stored.source().text()).isEqualTo("Note verbale of 1 February 2024");
        assertThat(stored.version()).isZero();
        assertThat(requests.transitions(id)).singleElement().satisfies(t -> {
            assertThat(t.from()).isNull();
            assertThat(t.to()).isEqualTo(RequestStatus.RECEIVED);
            assertThat(t.actor()).isEqualTo("editor1");
            assertThat(t.at().toLocalDate()).isEqualTo(TODAY);
        });
    }

    @Test
    void aRequestWithoutConsentExistsOnlyForStaffInEveryQuery() {
        var published = requests.create(request("SRB", AssistanceArea.BORDER_SECURITY, true), "editor1");
        var restricted = requests.create(request("ALB", AssistanceArea.LEGISLATION, false), "editor1");

        assertThat(requests.find(restricted, Audience.PUBLIC)).isEmpty();
        assertThat(requests.find(restricted, Audience.STAFF)).isPresent();
        assertThat(requests.find(published, Audience.PUBLIC)).isPresent();
        assertThat(requests.count(RequestFilter.all(), Audience.PUBLIC)).isEqualTo(1);
        assertThat(requests.count(RequestFilter.all(), Audience.STAFF)).isEqualTo(2);
        assertThat(requests.all(RequestFilter.openOf(StateCode.of("ALB")), Audience.PUBLIC)).isEmpty();
        assertThat(requests.all(RequestFilter.openIn(Set.of(StateCode.of("ALB"), StateCode.of("SRB"))),
                Audience.PUBLIC)).extracting(AssistanceRequest::id).containsExactly(published);
        assertThat(requests.receivedByYear(Audience.PUBLIC)).containsEntry(2024, 1L);
        assertThat(requests.receivedByYear(Audience.STAFF)).containsEntry(2024, 2L);
        assertThat(requests.visible(Set.of(published, restricted), Audience.PUBLIC)).containsExactly(published);
    }

    @Test
    void aRequestGoesThroughTheWholeProcessAndEveryMoveIsRecorded() {
        var id = requests.create(request("SRB", AssistanceArea.BORDER_SECURITY, true), "editor1");
        RequestStatus[] path = {RequestStatus.AUTHENTICATED, RequestStatus.ACKNOWLEDGED, RequestStatus.DISTRIBUTED,
                RequestStatus.MATCHED, RequestStatus.IN_DELIVERY, RequestStatus.FULFILLED, RequestStatus.CLOSED};
        int version = 0;
        for (RequestStatus to : path) {
            clock.advance(Duration.ofDays(1));
            version = requests.transition(id, to, version, "editor2").version();
        }

        var transitions = requests.transitions(id);
        assertThat(transitions).hasSize(8);
        assertThat(transitions).extracting(RequestTransition::to).containsExactly(RequestStatus.RECEIVED,
                RequestStatus.AUTHENTICATED, RequestStatus.ACKNOWLEDGED, RequestStatus.DISTRIBUTED,
                RequestStatus.MATCHED, RequestStatus.IN_DELIVERY, RequestStatus.FULFILLED, RequestStatus.CLOSED);
        assertThat(transitions.get(3).from()).isEqualTo(RequestStatus.ACKNOWLEDGED);
        assertThat(transitions.get(3).actor()).isEqualTo("editor2");
        assertThat(transitions.get(3).at().toLocalDate()).isEqualTo(TODAY.plusDays(3));
        assertThat(requests.find(id, Audience.STAFF).orElseThrow().acknowledgedOn()).isEqualTo(TODAY.plusDays(2));
    }

    @Test
    void aMoveTheLifecycleDoesNotAllowIsRefusedAndChangesNothing() {
        var id = requests.create(request("SRB", AssistanceArea.BORDER_SECURITY, true), "editor1");

        assertThatThrownBy(() -> requests.transition(id, RequestStatus.MATCHED, 0, "editor1"))
                .isInstanceOf(TransitionRefusedException.class);

        assertThat(requests.find(id, Audience.STAFF).orElseThrow().status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(requests.transitions(id)).hasSize(1);
    }

    @Test
    void anAcknowledgedRequestIsOverdueForDistributionFromTheEighthDayByTheApplicationClock() {
        var id = requests.create(request("SRB", AssistanceArea.BORDER_SECURITY, true), "editor1");
        requests.transition(id, RequestStatus.AUTHENTICATED, 0, "editor1");
        requests.transition(id, RequestStatus.ACKNOWLEDGED, 1, "editor1");

        clock.setDay(TODAY.plusDays(7));
        assertThat(requests.find(id, Audience.STAFF).orElseThrow().distributionOverdue(requests.today())).isFalse();
        assertThat(requests.find(id, Audience.STAFF).orElseThrow().distributionDueOn()).isEqualTo(TODAY.plusDays(7));

        clock.setDay(TODAY.plusDays(8));
        assertThat(requests.find(id, Audience.STAFF).orElseThrow().distributionOverdue(requests.today())).isTrue();

        requests.transition(id, RequestStatus.DISTRIBUTED, 2, "editor1");
        assertThat(requests.find(id, Audience.STAFF).orElseThrow().distributionOverdue(requests.today())).isFalse();
    }

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedAndNothingIsOverwritten() {
        var id = requests.create(request("SRB", AssistanceArea.BORDER_SECURITY, true), "editor1");
        var first = RequestForm.of(requests.find(id, Audience.STAFF).orElseThrow());
        var mine = new RequestForm(first.state(), first.area(), "Mine", first.receivedOn(), "", "",
                first.sourceText(), "true", "0");
        var theirs = new RequestForm(first.state(), first.area(), "Theirs", first.receivedOn(), "", "",
                first.sourceText(), "true", "0");

        requests.update(id, mine, "editor1");
        assertThatThrownBy(() -> requests.update(id, theirs, "editor2")).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> requests.transition(id, RequestStatus.AUTHENTICATED, 0, "editor2"))
                .isInstanceOf(ConcurrentEditException.class);

        AssistanceRequest stored = requests.find(id, Audience.STAFF).orElseThrow();
        assertThat(stored.needs()).isEqualTo("Mine");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.status()).isEqualTo(RequestStatus.RECEIVED);
    }

    @Test
    void aSecondRequestOfTheStateInTheAreaOnTheSameDayIsRefusedAndNothingIsStored() {
        requests.create(request("SRB", AssistanceArea.BORDER_SECURITY, true), "editor1");

        assertThatThrownBy(() -> requests.create(request("SRB", AssistanceArea.BORDER_SECURITY, false), "editor1"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().all()).extracting(FieldProblem::field)
                        .containsExactly("area"));
        assertThat(TestData.count(jdbc, "assistance_requests")).isEqualTo(1);
    }

    @Test
    void theReviewQueueCreatesARequestFromAnAssistanceNeedFactOnceOnly() {
        var need = new NewRequest(StateCode.of("NER"), AssistanceArea.BORDER_SECURITY,
                "Radiation detection equipment at the main border crossings", LocalDate.of(2014, 9, 24),
                RequestSource.fact(lome, 3), false);

        var id = requests.create(need, "editor1");

        assertThat(requests.find(id, Audience.STAFF).orElseThrow().source()).isEqualTo(RequestSource.fact(lome, 3));
        var again = new NewRequest(StateCode.of("NER"), AssistanceArea.EXPORT_CONTROL, "Other",
                LocalDate.of(2014, 9, 24), RequestSource.fact(lome, 3), false);
        assertThatThrownBy(() -> requests.create(again, "editor1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already the source of request " + id);
    }

    static Stream<Arguments> badForms() {
        return Stream.of(
                Arguments.of(form("XYZ", "legislation", "needs", "2024-01-01", "", "", "text", "true"), "state",
                        "No State has the code 'XYZ'."),
                Arguments.of(form("serbia", "legislation", "needs", "2024-01-01", "", "", "text", "true"), "state",
                        "'serbia' is not a State code"),
                Arguments.of(form("", "legislation", "needs", "2024-01-01", "", "", "text", "true"), "state",
                        "Choose a State."),
                Arguments.of(form("SRB", "cooking", "needs", "2024-01-01", "", "", "text", "true"), "area",
                        "'cooking' is not a subject area"),
                Arguments.of(form("SRB", "legislation", "", "2024-01-01", "", "", "text", "true"), "needs",
                        "What is needed is required."),
                Arguments.of(form("SRB", "legislation", "x".repeat(4001), "2024-01-01", "", "", "text", "true"),
                        "needs", "4001 characters long; at most 4000"),
                Arguments.of(form("SRB", "legislation", "a\u0000b", "2024-01-01", "", "", "text", "true"), "needs",
                        "control characters"),
                Arguments.of(form("SRB", "legislation", "needs", "2024-02-30", "", "", "text", "true"), "receivedOn",
                        "'2024-02-30' is not a date"),
                Arguments.of(form("SRB", "legislation", "needs", "1 March 2024", "", "", "text", "true"),
                        "receivedOn", "is not a date"),
                Arguments.of(form("SRB", "legislation", "needs", "2003-01-01", "", "", "text", "true"), "receivedOn",
                        "before resolution 1540 was adopted"),
                Arguments.of(form("SRB", "legislation", "needs", "2024-03-02", "", "", "text", "true"), "receivedOn",
                        "is in the future"),
                Arguments.of(form("SRB", "legislation", "needs", "2024-01-01", "", "", "", "true"), "sourceText",
                        "Give the source"),
                Arguments.of(form("SRB", "legislation", "needs", "2024-01-01", "some-event", "1", "text", "true"),
                        "sourceText", "not both"),
                Arguments.of(form("SRB", "legislation", "needs", "2024-01-01", "no-such-event", "1", "", "true"),
                        "sourceFact", "has no fact 1"),
                Arguments.of(form("SRB", "legislation", "needs", "2024-01-01", "x", "first", "", "true"),
                        "sourceFact", "'first' is not a fact's number"),
                Arguments.of(form("SRB", "legislation", "needs", "2024-01-01", "", "3", "", "true"), "sourceEvent",
                        "Give the event"),
                Arguments.of(form("SRB", "legislation", "needs", "2024-01-01", "", "", "text", "maybe"),
                        "publicationConsent", "'maybe' is not yes or no"));
    }

    static RequestForm form(String state, String area, String needs, String date, String event, String fact,
            String text, String consent) {
        return new RequestForm(state, area, needs, date, event, fact, text, consent, "");
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("badForms")
    void aFormWithABadValueIsRefusedWithAMessageForItsFieldAndNothingIsStored(RequestForm form, String field,
            String message) {
        assertThatThrownBy(() -> requests.create(form, "editor1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().all())
                        .filteredOn(p -> p.field().equals(field)).singleElement()
                        .satisfies(p -> assertThat(p.message()).contains(message)));
        assertThat(TestData.count(jdbc, "assistance_requests")).isZero();
    }

    @Test
    void aFactSourceMustBeAnAssistanceNeedAboutTheSameState() {
        assertThatThrownBy(() -> requests.create(form("SRB", "legislation", "n", "2024-01-01", lome, "2", "", ""),
                "e")).hasMessageContaining(", not an assistance need");
        assertThatThrownBy(() -> requests.create(form("SRB", "legislation", "n", "2024-01-01", lome, "3", "", ""),
                "e")).hasMessageContaining("is about NER, not SRB");
        var id = requests.create(form("ner", "legislation", "n", "2024-01-01", lome, "3", "", ""), "e");
        assertThat(requests.find(id, Audience.STAFF).orElseThrow().publicationConsent()).isFalse();
    }
}
