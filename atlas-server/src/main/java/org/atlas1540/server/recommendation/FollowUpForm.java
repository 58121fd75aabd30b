package org.atlas1540.server.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.atlas1540.server.web.Inputs;

/** An entry of follow-up as the form and the JSON body give it. */
@Schema(name = "FollowUpInput")
record FollowUpForm(
        @Schema(description = "ISO date of what is reported; today when empty") String writtenOn,
        @Schema(description = "Who reports it; the signed-in user when empty") String author,
        @Schema(description = "What was done or learned, up to 4,000 characters") String text) {

    static FollowUpForm blank() {
        return new FollowUpForm(null, null, null);
    }

    /** @param today and {@code viewerName} stand for an empty date and author */
    Entry read(Inputs inputs, LocalDate today, String viewerName) {
        LocalDate date = inputs.date("writtenOn", "Date", writtenOn, false);
        String by = inputs.text("author", "Author", author, Recommendations.MAX_OWNER, false);
        String words = inputs.text("text", "Follow-up", text, Recommendations.MAX_FOLLOW_UP, true);
        if (date != null && date.isAfter(today)) {
            inputs.problems().add("writtenOn", "The date " + date + " is in the future; follow-up reports what "
                    + "happened.");
        }
        if (!inputs.problems().isEmpty()) {
            return null;
        }
        return new Entry(date == null ? today : date, by == null ? viewerName : by, words);
    }

    record Entry(LocalDate writtenOn, String author, String text) {
    }
}
