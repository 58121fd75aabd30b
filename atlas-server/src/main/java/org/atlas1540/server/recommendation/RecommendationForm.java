package org.atlas1540.server.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.atlas1540.server.web.Inputs;

/**
 * A recommendation's values as the form and the JSON body give them, read by {@link #read}.
 *
 * @param event   the slug of the event that agreed it (API; on the page it is in the address)
 * @param version the row version the editor read (optimistic locking); required to update
 */
@Schema(name = "RecommendationInput")
record RecommendationForm(
        @Schema(description = "Slug of the event that agreed it; only when recording it") String event,
        @Schema(description = "The recommendation, up to 2,000 characters") String text,
        @Schema(description = "Who is to follow it up") String owner,
        @Schema(description = "ISO date by which it is due", example = "2019-12-31") String dueOn,
        @Schema(description = "The version of the record that was read; required to update") String version) {

    static RecommendationForm empty(String event) {
        return new RecommendationForm(event, null, null, null, null);
    }

    static RecommendationForm of(Recommendation r) {
        return new RecommendationForm(r.eventSlug(), r.text(), r.owner(), r.dueOn() == null ? null : r.dueOn().toString(),
                Integer.toString(r.version()));
    }

    /** The text, owner and due date read into {@code inputs}; an {@link Edit} even when some could not be read. */
    Edit read(Inputs inputs) {
        return new Edit(inputs.text("text", "Recommendation", text, Recommendations.MAX_TEXT, true),
                inputs.text("owner", "Owner", owner, Recommendations.MAX_OWNER, false),
                inputs.date("dueOn", "Due date", dueOn, false));
    }

    /** The values of a new recommendation of {@code eventSlug}, entered by hand; null when one cannot be used. */
    RecommendationValues values(Inputs inputs, String eventSlug) {
        Edit edit = read(inputs);
        return inputs.problems().isEmpty()
                ? new RecommendationValues(eventSlug, edit.text(), edit.owner(), edit.dueOn(), null, null) : null;
    }

    Integer expectedVersion(Inputs inputs) {
        return inputs.whole("version", "Version", version, 0, Integer.MAX_VALUE - 1, true);
    }

    record Edit(String text, String owner, LocalDate dueOn) {
    }
}
