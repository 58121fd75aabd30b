package org.atlas1540.notes;

import org.atlas1540.reference.StateCode;

/**
 * A State's voluntary national implementation action plan.
 *
 * @param state  the State
 * @param status "prepared", "in-preparation" or "submitted"
 * @param link   the plan's address when the note gives one; else null
 */
public record NationalActionPlanFact(StateCode state, String status, String link, Span span) implements Fact {
    @Override
    public String type() {
        return "national-action-plan";
    }
}
