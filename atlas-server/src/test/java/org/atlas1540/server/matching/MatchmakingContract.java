package org.atlas1540.server.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.assistance.AssistanceRequests;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.assistance.NewRequest;
import org.atlas1540.server.assistance.RequestSource;
import org.atlas1540.server.assistance.RequestStatus;
import org.atlas1540.server.assistance.TransitionRefusedException;
import org.atlas1540.server.offer.AssistanceOfferId;
import org.atlas1540.server.offer.AssistanceOffers;
import org.atlas1540.server.offer.OfferForm;
import org.atlas1540.server.testing.AssistanceTestData;
import org.atlas1540.server.testing.TestClock;
import org.atlas1540.server.testing.TestData;
import org.atlas1540.server.web.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Suggestions, accepted matches, delivery, feedback and the annual report, on whichever database the subclass names. */
abstract class MatchmakingContract {
    @Autowired
    Matchmaking matchmaking;

    @Autowired
    AnnualReport report;

    @Autowired
    AssistanceRequests requests;

    @Autowired
    AssistanceOffers offers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    @AfterEach
    void cleanSlate() {
        AssistanceTestData.deleteAll(jdbc);
        clock.setDay(LocalDate.of(2024, 3, 1));
    }

    AssistanceOfferId offer(String type, String id, String area, List<String> regions, String programme) {
        return offers.create(new OfferForm(type, id, List.of(area), regions, programme, "d", "c", "2023-05-01", ""),
                "editor1");
    }

    AssistanceRequestId distributed(String state, boolean published) {
        var id = requests.create(new NewRequest(StateCode.of(state), AssistanceArea.BORDER_SECURITY, "Detectors",
                LocalDate.of(2024, 1, 15), RequestSource.text("Letter"), published), "editor1");
        int version = 0;
        for (RequestStatus to : List.of(RequestStatus.AUTHENTICATED, RequestStatus.ACKNOWLEDGED,
                RequestStatus.DISTRIBUTED)) {
            version = requests.transition(id, to, version, "editor1").version();
        }
        return id;
    }

    void deliver(AssistanceRequestId request, AssistanceOfferId offer) {
        matchmaking.accept(request, offer, 3, "editor1");
        requests.transition(request, RequestStatus.IN_DELIVERY, 4, "editor1");
        requests.transition(request, RequestStatus.FULFILLED, 5, "editor1");
    }

    @Test
    void offersInTheRequestsAreaAreRankedByAreaRegionAndPastDeliveryWithTheirReasons() {
        var europe = offer("organisation", "OSCE", "border-security", List.of("europe"), "A");
        var anywhere = offer("state", "DEU", "border-security", List.of(), "B");
        var africa = offer("state", "USA", "border-security", List.of("africa"), "C");
        offer("state", "JPN", "biosecurity", List.of("europe"), "D");
        var experienced = offer("organisation", "UNODA", "border-security", List.of("africa"), "E");
        for (String state : List.of("HRV", "SVN", "MNE")) {
            deliver(distributed(state, true), experienced);
        }
        var serbia = distributed("SRB", true);

        List<Suggestion> ranked = matchmaking.suggestions(serbia, Audience.STAFF);

        assertThat(ranked).extracting(s -> s.offer().id()).containsExactly(experienced, europe, anywhere, africa);
        assertThat(ranked).extracting(Suggestion::score).containsExactly(7, 6, 5, 4);
        assertThat(ranked.get(0).reasons()).extracting(Reason::rule).containsExactly("area", "past-delivery");
        assertThat(ranked.get(0).reasonsText()).contains("delivered assistance 3 times before in Europe");
        assertThat(ranked.get(1).reasons()).extracting(Reason::text)
                .containsExactly("Offers border security", "Covers Europe, where Serbia belongs");
        assertThat(ranked.get(2).reasons()).extracting(Reason::rule).containsExactly("area", "any-region");
        assertThat(ranked.get(3).reasons()).extracting(Reason::rule).containsExactly("area");
    }

    @Test
    void acceptingAMatchMakesTheRequestMatchedAndKeepsTheReasons() {
        var offer = offer("organisation", "OSCE", "border-security", List.of("europe"), "A");
        var serbia = distributed("SRB", true);

        Match match = matchmaking.accept(serbia, offer, 3, "editor2");

        assertThat(match.acceptedBy()).isEqualTo("editor2");
        assertThat(match.reasons()).isEqualTo("Offers border security; Covers Europe, where Serbia belongs");
        assertThat(match.delivered()).isFalse();
        assertThat(requests.find(serbia, Audience.STAFF).orElseThrow().status()).isEqualTo(RequestStatus.MATCHED);
        assertThat(requests.transitions(serbia).get(4).actor()).isEqualTo("editor2");
        assertThat(matchmaking.suggestions(serbia, Audience.STAFF)).singleElement()
                .satisfies(s -> assertThat(s.alreadyMatched()).isTrue());
        assertThatThrownBy(() -> matchmaking.accept(serbia, offer, 4, "editor2"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already matched");
    }

    @Test
    void aRequestNotYetDistributedCannotBeMatchedAndAnOfferInAnotherAreaIsRefused() {
        var offer = offer("organisation", "OSCE", "border-security", List.of("europe"), "A");
        var other = offer("state", "JPN", "biosecurity", List.of(), "D");
        var received = requests.create(new NewRequest(StateCode.of("SRB"), AssistanceArea.BORDER_SECURITY, "x",
                LocalDate.of(2024, 1, 1), RequestSource.text("Letter"), true), "editor1");

        assertThatThrownBy(() -> matchmaking.accept(received, offer, 0, "editor1"))
                .isInstanceOf(TransitionRefusedException.class);
        var serbia = distributed("ALB", true);
        assertThatThrownBy(() -> matchmaking.accept(serbia, other, 3, "editor1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not in the request's area");
        assertThat(TestData.count(jdbc, "assistance_matches")).isZero();
    }

    @Test
    void aFulfilledRequestsMatchIsDeliveredAndFeedbackIsRecordedWithWhoAndWhen() {
        var offer = offer("organisation", "OSCE", "border-security", List.of("europe"), "A");
        var serbia = distributed("SRB", true);
        deliver(serbia, offer);
        Match match = matchmaking.matchesOf(serbia, Audience.STAFF).get(0);
        assertThat(match.delivered()).isTrue();

        Feedback feedback = matchmaking.addFeedback(match.id(),
                new FeedbackForm("recipient", "Ministry of Finance, Customs", "4", "as-planned", "Useful"), "editor3");

        assertThat(feedback.party()).isEqualTo(FeedbackParty.RECIPIENT);
        assertThat(feedback.rating()).isEqualTo(4);
        assertThat(feedback.outcome()).isEqualTo(DeliveryOutcome.AS_PLANNED);
        assertThat(feedback.recordedBy()).isEqualTo("editor3");
        assertThat(feedback.recordedAt().toLocalDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(matchmaking.feedback(match.id())).hasSize(1);
        var onlyOutcome = matchmaking.addFeedback(match.id(),
                new FeedbackForm("provider", "OSCE", "", "partly", ""), "editor3");
        assertThat(onlyOutcome.rating()).isNull();
    }

    @Test
    void feedbackWithABadValueIsRefusedWithAMessagePerFieldAndNothingIsStored() {
        var offer = offer("organisation", "OSCE", "border-security", List.of("europe"), "A");
        var serbia = distributed("SRB", true);
        Match match = matchmaking.accept(serbia, offer, 3, "editor1");

        assertThatThrownBy(() -> matchmaking.addFeedback(match.id(), new FeedbackForm("donor", "", "9", "great",
                "x".repeat(4001)), "editor1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().all())
                        .extracting(p -> p.field()).containsExactly("party", "givenBy", "rating", "outcome",
                                "comments"));
        assertThatThrownBy(() -> matchmaking.addFeedback(match.id(), new FeedbackForm("provider", "OSCE", "", "",
                ""), "editor1")).hasMessage("Give a rating, an outcome, or both.");
        assertThat(TestData.count(jdbc, "assistance_feedback")).isZero();
    }

    @Test
    void theAnnualReportCountsARestrictedRequestAndItsMatchesOnlyForStaff() {
        var offer = offer("organisation", "OSCE", "border-security", List.of("europe"), "A");
        deliver(distributed("SRB", true), offer);
        var restricted = distributed("ALB", false);
        matchmaking.accept(restricted, offer, 3, "editor1");

        assertThat(report.year(2024, Audience.PUBLIC)).isEqualTo(new YearFigures(2024, 1, 0, 1, 1));
        assertThat(report.year(2024, Audience.STAFF)).isEqualTo(new YearFigures(2024, 2, 0, 2, 1));
        assertThat(report.years(Audience.PUBLIC)).extracting(YearFigures::year).containsExactly(2024, 2023);
        assertThat(report.year(2023, Audience.PUBLIC).offers()).isEqualTo(1);
        assertThat(matchmaking.find(matchmaking.matchesOf(restricted, Audience.STAFF).get(0).id(), Audience.PUBLIC))
                .isEmpty();
    }
}
