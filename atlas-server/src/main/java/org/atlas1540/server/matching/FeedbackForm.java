package org.atlas1540.server.matching;

/** Feedback as a form or an API body gives it, unchecked. A rating, an outcome, or both, are required. */
public record FeedbackForm(String party, String givenBy, String rating, String outcome, String comments) {
    public static FeedbackForm empty() {
        return new FeedbackForm("", "", "", "", "");
    }
}
