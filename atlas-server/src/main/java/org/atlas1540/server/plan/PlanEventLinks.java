package org.atlas1540.server.plan;

import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.event.EventFollowUps;
import org.atlas1540.server.event.FactsRenumbered;
import org.atlas1540.server.event.FollowUp;
import org.springframework.stereotype.Component;

/**
 * Plan versions name the event (and the fact) they were learned from: they are listed under "What
 * followed" on the event's page (plans are public), and follow their fact when a revised note
 * renumbers the facts.
 */
@Component
class PlanEventLinks implements EventFollowUps, FactsRenumbered.FactReferencing {
    private final ActionPlanRepository plans;
    private final FactsRenumbered.FactReferences factReferences;

    PlanEventLinks(ActionPlanRepository plans) {
        this.plans = plans;
        this.factReferences = new FactsRenumbered.FactReferences(
                ActionPlans.RECORD_TYPE, "action_plans", "source_event_slug", "source_fact_number", null,
                id -> plans.find(new ActionPlanId(id)).orElse(null));
    }

    @Override
    public List<FollowUp> of(String slug, Viewer viewer) {
        return plans.fromEvent(slug).stream()
                .map(plan -> new FollowUp("National action plan", plan.stateName() + ", version " + plan.planVersion(),
                        plan.status().label(), "/action-plans/" + plan.id(), plan.source().factNumber()))
                .toList();
    }

    @Override
    public FactsRenumbered.FactReferences factReferences() {
        return factReferences;
    }
}
