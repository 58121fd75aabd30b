package org.atlas1540.server.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.event.RecordSource;
import org.atlas1540.server.web.FieldProblems;
import org.atlas1540.server.web.Inputs;

/**
 * A plan version's values as the form and the JSON body give them: text, read by {@link #read} into
 * {@link ActionPlanValues} with a message for each value that cannot be used.
 *
 * @param version the row version the editor read (optimistic locking); required to update
 */
@Schema(name = "ActionPlanInput")
record ActionPlanForm(
        @Schema(description = "ISO alpha-3 code of the State", example = "SRB") String state,
        @Schema(description = "1 for the first plan, 2 for its first revision, ...", example = "1") String planVersion,
        @Schema(description = "in-preparation, submitted, published or superseded") String status,
        @Schema(description = "ISO date", example = "2019-05-03") String submittedOn,
        String documentTitle,
        @Schema(description = "http or https address of the published plan") String documentUrl,
        @Schema(description = "Slug of the event it was learned from") String sourceEvent,
        @Schema(description = "Number (from 1) of that event's fact") String sourceFact,
        @Schema(description = "A source in words, when it is not an event") String sourceText,
        @Schema(description = "The version of the record that was read; required to update") String version) {

    static final int MAX_TITLE = 300;
    static final int MAX_URL = 1000;
    static final int MAX_SOURCE_TEXT = 1000;

    static ActionPlanForm empty() {
        return new ActionPlanForm(null, null, null, null, null, null, null, null, null, null);
    }

    /** For a new version of a State's plan: the State and the next number filled in. */
    static ActionPlanForm newVersion(String state, int nextVersion, String sourceEvent, String sourceFact) {
        return new ActionPlanForm(state, Integer.toString(nextVersion), PlanStatus.SUBMITTED.id(), null, null, null,
                sourceEvent, sourceFact, null, null);
    }

    static ActionPlanForm of(ActionPlan plan) {
        return new ActionPlanForm(plan.state().value(), Integer.toString(plan.planVersion()), plan.status().id(),
                plan.submittedOn() == null ? null : plan.submittedOn().toString(), plan.documentTitle(),
                plan.documentUrl(), plan.source().eventSlug(),
                plan.source().factNumber() == null ? null : plan.source().factNumber().toString(),
                plan.source().text(), Integer.toString(plan.version()));
    }

    /** The values, or null when one cannot be used; {@code inputs} holds the messages. */
    ActionPlanValues read(Inputs inputs) {
        StateCode stateCode = inputs.state("state", "State", state, true);
        Integer number = inputs.whole("planVersion", "Plan version", planVersion, 1, ActionPlans.MAX_PLAN_VERSION, true);
        PlanStatus planStatus = inputs.choice("status", "Status", status, PlanStatus::of, PlanStatus.allowed(), true);
        LocalDate submitted = inputs.date("submittedOn", "Submitted on", submittedOn, false);
        String title = inputs.text("documentTitle", "Document", documentTitle, MAX_TITLE, false);
        String url = inputs.webAddress("documentUrl", "Link", documentUrl, MAX_URL);
        RecordSource source = RecordSource.read(inputs, sourceEvent, sourceFact, sourceText, MAX_SOURCE_TEXT);
        FieldProblems problems = inputs.problems();
        if (!problems.isEmpty()) {
            return null;
        }
        return new ActionPlanValues(stateCode, number, planStatus, submitted, title, url, source);
    }

    /** The row version to update, or null with a message. */
    Integer expectedVersion(Inputs inputs) {
        return inputs.whole("version", "Version", version, 0, Integer.MAX_VALUE - 1, true);
    }
}
