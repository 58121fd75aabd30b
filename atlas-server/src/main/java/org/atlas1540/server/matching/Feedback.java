package org.atlas1540.server.matching;

import java.time.OffsetDateTime;

/**
 * What a provider or a recipient said about what was delivered under a match.
 *
 * @param party      {@link FeedbackParty}: provider or recipient
 * @param givenBy    who gave it (a person or an office, as they signed it)
 * @param rating     1 (poor) to 5 (excellent); null when only an outcome was given
 * @param outcome    null when only a rating was given
 * @param recordedBy the signed-in user who recorded it
 */
public record Feedback(long id, MatchId match, FeedbackParty party, String givenBy, Integer rating,
        DeliveryOutcome outcome, String comments, String recordedBy, OffsetDateTime recordedAt) {
}
