package org.atlas1540.server.plan;

import org.atlas1540.server.event.FactsRenumbered;
import org.springframework.stereotype.Component;

/** Plans name an event's fact by number: they follow it when a revised note renumbers the facts. */
@Component
class PlanFactReferences implements FactsRenumbered.FactReferencing {
    private static final FactsRenumbered.FactReferences WHERE = new FactsRenumbered.FactReferences(
            ActionPlans.RECORD_TYPE, "action_plans", "source_event_slug", "source_fact_number", null);

    private final ActionPlans plans;

    PlanFactReferences(ActionPlans plans) {
        this.plans = plans;
    }

    @Override
    public FactsRenumbered.FactReferences references() {
        return WHERE;
    }

    @Override
    public Object find(long id) {
        return plans.find(new ActionPlanId(id)).orElse(null);
    }
}
