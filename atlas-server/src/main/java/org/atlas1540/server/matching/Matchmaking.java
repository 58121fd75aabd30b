package org.atlas1540.server.matching;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.atlas1540.server.assistance.AssistanceRequest;
import org.atlas1540.server.assistance.AssistanceRequestId;
import org.atlas1540.server.assistance.AssistanceRequests;
import org.atlas1540.server.assistance.Audience;
import org.atlas1540.server.assistance.RequestLifecycle;
import org.atlas1540.server.assistance.RequestStatus;
import org.atlas1540.server.assistance.RequestStatusChanged;
import org.atlas1540.server.audit.AuditLog;
import org.atlas1540.server.offer.AssistanceOffer;
import org.atlas1540.server.offer.AssistanceOfferId;
import org.atlas1540.server.offer.AssistanceOffers;
import org.atlas1540.server.web.Clocks;
import org.atlas1540.server.web.ConcurrentEditException;
import org.atlas1540.server.web.FieldProblems;
import org.atlas1540.server.web.InvalidInputException;
import org.atlas1540.server.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests offers for a request, accepts a match (the request becomes matched, or stays matched
 * when it already was), records feedback, and marks matches delivered when their request is fulfilled.
 */
@Service
@Transactional
public class Matchmaking {
    /** How the audit log names matches and feedback. */
    public static final String MATCH = "assistance-match";
    public static final String FEEDBACK = "assistance-feedback";
    static final int MAX_GIVEN_BY = 200;
    static final int MAX_COMMENTS = 4000;

    private final AssistanceRequests requests;
    private final AssistanceOffers offers;
    private final MatchRepository matches;
    private final MatchSuggester suggester;
    private final AuditLog audit;
    private final Clock clock;

    Matchmaking(AssistanceRequests requests, AssistanceOffers offers, MatchRepository matches,
            MatchSuggester suggester, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.offers = offers;
        this.matches = matches;
        this.suggester = suggester;
        this.audit = audit;
        this.clock = clock;
    }

    /** The ranked offers for a request the audience may see; none for a request that no longer awaits a match. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(AssistanceRequestId id, Audience audience) {
        AssistanceRequest request = visibleRequest(id, audience);
        if (!request.status().awaitsMatch() && request.status() != RequestStatus.MATCHED) {
            return List.of();
        }
        Set<AssistanceOfferId> matched = matches.ofRequest(id).stream().map(Match::offer).collect(Collectors.toSet());
        return suggester.suggest(request, offers.all(), matched);
    }

    /** The matches of a request the audience may see, oldest first. */
    @Transactional(readOnly = true)
    public List<Match> matchesOf(AssistanceRequestId id, Audience audience) {
        visibleRequest(id, audience);
        return matches.ofRequest(id);
    }

    /** A match, when the audience may see its request. */
    @Transactional(readOnly = true)
    public Optional<Match> find(MatchId id, Audience audience) {
        return matches.find(id).filter(m -> requests.find(m.request(), audience).isPresent());
    }

    /** Feedback is for staff only: it may judge a State or a provider. */
    @Transactional(readOnly = true)
    List<Feedback> feedback(MatchId id) {
        return matches.feedback(id);
    }

    /**
     * Accepts an offer for a request: stores the match with the reasons it was suggested for, and
     * moves a distributed request to matched (a request already matched takes a further offer).
     *
     * @param version the request's version the staff member saw
     * @throws InvalidInputException when the offer is not suggested for the request or is already matched with it
     */
    public Match accept(AssistanceRequestId requestId, AssistanceOfferId offerId, int version, String actor) {
        AssistanceRequest request = visibleRequest(requestId, Audience.STAFF);
        AssistanceOffer offer = offers.find(offerId)
                .orElseThrow(() -> InvalidInputException.of("offer", "There is no offer " + offerId + "."));
        if (matches.exists(requestId, offerId)) {
            throw InvalidInputException.of("offer", "This offer is already matched with this request.");
        }
        Suggestion suggestion = suggester.suggest(request, List.of(offer), Set.of()).stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("offer", "This offer is not in the request's area ("
                        + request.area().label() + ")."));
        if (request.version() != version) {
            throw new ConcurrentEditException("This request was changed by someone else after you opened it; "
                    + "look at it again before you accept a match.");
        }
        if (request.status() != RequestStatus.MATCHED) {
            // Refused by the lifecycle unless the request has been distributed (TransitionRefusedException).
            requests.transition(requestId, RequestStatus.MATCHED, version, actor);
        }
        MatchId id = matches.insert(requestId, offerId, request.state(), offer.provider(), suggestion.reasonsText(),
                actor, now());
        Match match = matches.find(id).orElseThrow();
        audit.record(MATCH, id.toString(), "create", null, match);
        return match;
    }

    /** Records feedback on a match; {@link InvalidInputException} names each problem, and nothing is stored. */
    public Feedback addFeedback(MatchId id, FeedbackForm form, String actor) {
        matches.find(id).orElseThrow(() -> new NotFoundException("match", id.toString()));
        var problems = new FieldProblems();
        FeedbackParty party = problems.parse("party", form.party(), FeedbackParty::parse);
        String givenBy = problems.text("givenBy", "Who gave it", form.givenBy(), MAX_GIVEN_BY, true);
        String ratingText = form.rating() == null ? "" : form.rating().strip();
        Integer rating = ratingText.isEmpty() ? null : problems.parse("rating", ratingText, Matchmaking::rating);
        String outcomeText = form.outcome() == null ? "" : form.outcome().strip();
        DeliveryOutcome outcome = outcomeText.isEmpty() ? null
                : problems.parse("outcome", outcomeText, DeliveryOutcome::parse);
        String comments = problems.text("comments", "The comments", form.comments(), MAX_COMMENTS, false);
        if (ratingText.isEmpty() && outcomeText.isEmpty()) {
            problems.add("rating", "Give a rating, an outcome, or both.");
        }
        problems.throwIfAny();
        long feedbackId = matches.insertFeedback(id, party, givenBy, rating, outcome, comments, actor, now());
        Feedback feedback = matches.feedback(id).stream().filter(f -> f.id() == feedbackId).findFirst().orElseThrow();
        audit.record(FEEDBACK, Long.toString(feedbackId), "create", null, feedback);
        return feedback;
    }

    /** A fulfilled request's matches are delivered, in the transaction that fulfilled it. */
    @EventListener
    void on(RequestStatusChanged change) {
        if (change.to() == RequestStatus.FULFILLED) {
            List<Match> before = matches.ofRequest(change.request()).stream().filter(m -> !m.delivered()).toList();
            matches.markDelivered(change.request(), change.at());
            for (Match m : before) {
                audit.record(MATCH, m.id().toString(), "delivered", m, matches.find(m.id()).orElseThrow());
            }
        }
    }

    /** Whether the lifecycle lets a request in this status take a match. */
    public static boolean canTakeMatch(RequestStatus status) {
        return status == RequestStatus.MATCHED || RequestLifecycle.allows(status, RequestStatus.MATCHED);
    }

    private AssistanceRequest visibleRequest(AssistanceRequestId id, Audience audience) {
        return requests.find(id, audience).orElseThrow(() -> new NotFoundException("assistance request",
                id.toString()));
    }

    private static int rating(String text) {
        if (!text.matches("[1-5]")) {
            throw new IllegalArgumentException("'" + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
                    + "' is not a rating; give a whole number from 1 (poor) to 5 (excellent).");
        }
        return Integer.parseInt(text);
    }

    private OffsetDateTime now() {
        return Clocks.storedNow(clock);
    }
}
