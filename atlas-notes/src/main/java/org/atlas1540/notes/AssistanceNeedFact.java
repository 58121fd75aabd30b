package org.atlas1540.notes;

import java.util.List;
import org.atlas1540.reference.StateCode;

/**
 * An assistance need identified at an event.
 *
 * @param state the State that has the need, when the note names one; else null
 * @param areas the topics the need falls under
 * @param needs what is needed, in the note's words
 */
public record AssistanceNeedFact(StateCode state, List<Topic> areas, List<String> needs, Span span) implements Fact {
    public AssistanceNeedFact {
        areas = List.copyOf(areas);
        needs = List.copyOf(needs);
    }

    @Override
    public String type() {
        return "assistance-need";
    }
}
