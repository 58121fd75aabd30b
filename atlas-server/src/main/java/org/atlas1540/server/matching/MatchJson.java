package org.atlas1540.server.matching;

import java.time.OffsetDateTime;
import java.util.List;
import org.atlas1540.server.web.Links;

/** The JSON of matches, suggestions and feedback. Field names are part of the API. */
final class MatchJson {
    private MatchJson() {
    }

    /** @param acceptedBy null for the public: who accepted it is for staff */
    record MatchItem(long id, long request, long offer, String recipient, String provider, String reasons,
            String acceptedBy, OffsetDateTime acceptedAt, OffsetDateTime deliveredAt, ItemLinks links) {
        static MatchItem of(Match m, boolean staff) {
            return new MatchItem(m.id().value(), m.request().value(), m.offer().value(), m.recipient().value(),
                    m.provider().key(), m.reasons(), staff ? m.acceptedBy() : null, m.acceptedAt(), m.deliveredAt(),
                    new ItemLinks(Links.absolute("/assistance/matches/" + m.id()),
                            Links.absolute("/api/v1/assistance-matches/" + m.id())));
        }
    }

    record ItemLinks(String html, String self) {
    }

    record ReasonItem(String rule, String text, int weight) {
    }

    /** @param rank from 1, best first */
    record SuggestionItem(int rank, long offer, String provider, String providerName, String programme, int score,
            List<ReasonItem> reasons, boolean alreadyMatched, String offerLink) {
    }

    static List<SuggestionItem> suggestions(List<Suggestion> suggestions) {
        var items = new java.util.ArrayList<SuggestionItem>();
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            items.add(new SuggestionItem(i + 1, s.offer().id().value(), s.offer().provider().key(),
                    s.offer().provider().name(), s.offer().programme(), s.score(),
                    s.reasons().stream().map(r -> new ReasonItem(r.rule(), r.text(), r.weight())).toList(),
                    s.alreadyMatched(), Links.absolute("/api/v1/assistance-offers/" + s.offer().id())));
        }
        return items;
    }

    record FeedbackItem(long id, long match, String party, String givenBy, Integer rating, String outcome,
            String comments, String recordedBy, OffsetDateTime recordedAt) {
        static FeedbackItem of(Feedback f) {
            return new FeedbackItem(f.id(), f.match().value(), f.party().slug(), f.givenBy(), f.rating(),
                    f.outcome() == null ? null : f.outcome().slug(), f.comments(), f.recordedBy(), f.recordedAt());
        }
    }
}
