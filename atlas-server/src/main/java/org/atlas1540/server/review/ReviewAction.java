package org.atlas1540.server.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.atlas1540.server.event.SourceFact;

/**
 * What an editor does with a suggested fact of each type: open the form of the record it suggests,
 * filled in from the fact (saving it confirms the fact), or confirm it as it is when it makes no
 * record of its own.
 *
 * @param label         the button's words
 * @param formPath      the record's form, filled in from the fact; null when the fact is confirmed as it is
 * @param recordedLabel the words of the link to what is already recorded of the fact's kind (for its
 *                      State where it names one), to look at before confirming it as already recorded
 * @param recordedPath  that link; null when the fact makes no record, or the record's page is where the
 *                      form is (recommendations)
 */
record ReviewAction(String label, String formPath, String recordedLabel, String recordedPath) {

    static ReviewAction of(SourceFact fact) {
        String source = "sourceEvent=" + encoded(fact.eventSlug()) + "&sourceFact=" + fact.number();
        String state = fact.stateCode() == null ? "" : "state=" + encoded(fact.stateCode()) + "&";
        String stateOnly = fact.stateCode() == null ? "" : "?state=" + encoded(fact.stateCode());
        String forState = fact.stateCode() == null ? "" : " for " + ReviewItem.stateName(fact.stateCode());
        return switch (fact.type()) {
            case "national-action-plan" -> new ReviewAction("Record the plan…", "/action-plans/new?" + state + source,
                    "Plans recorded" + forState, "/action-plans" + stateOnly);
            case "country-visit" -> new ReviewAction("Record the visit…", "/country-visits/new?" + state + source,
                    "Visits recorded" + forState, "/country-visits" + stateOnly);
            case "assistance-need" -> new ReviewAction("Record the request…",
                    "/assistance/requests/new?" + state + source, "Requests recorded" + forState,
                    "/assistance/requests" + stateOnly);
            case "recommendations" -> new ReviewAction("Take the recommendations…",
                    "/events/" + encoded(fact.eventSlug()) + "#recommendations", null, null);
            default -> new ReviewAction("Confirm", null, null, null);
        };
    }

    public boolean confirmsAsItIs() {
        return formPath == null;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
