package org.atlas1540.server.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.atlas1540.server.event.SourceFact;

/**
 * What an editor does with a suggested fact of each type: open the form of the record it suggests,
 * filled in from the fact (saving it confirms the fact), or confirm it as it is when it makes no
 * record of its own.
 *
 * @param label     the button's words
 * @param formPath  the record's form, filled in from the fact; null when the fact is confirmed as it is
 */
record ReviewAction(String label, String formPath) {

    static ReviewAction of(SourceFact fact) {
        String source = "sourceEvent=" + encoded(fact.eventSlug()) + "&sourceFact=" + fact.number();
        String state = fact.stateCode() == null ? "" : "state=" + encoded(fact.stateCode()) + "&";
        return switch (fact.type()) {
            case "national-action-plan" -> new ReviewAction("Record the plan…", "/action-plans/new?" + state + source);
            case "country-visit" -> new ReviewAction("Record the visit…", "/country-visits/new?" + state + source);
            case "assistance-need" -> new ReviewAction("Record the request…",
                    "/assistance/requests/new?" + state + source);
            case "recommendations" -> new ReviewAction("Take the recommendations…",
                    "/events/" + encoded(fact.eventSlug()) + "#recommendations");
            default -> new ReviewAction("Confirm", null);
        };
    }

    public boolean confirmsAsItIs() {
        return formPath == null;
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
