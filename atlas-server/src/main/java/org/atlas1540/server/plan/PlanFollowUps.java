package org.atlas1540.server.plan;

import java.util.List;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.event.EventFollowUps;
import org.atlas1540.server.event.FollowUp;
import org.springframework.stereotype.Component;

/** The plan versions learned from an event, under "What followed" on its page (plans are public). */
@Component
class PlanFollowUps implements EventFollowUps {
    private final ActionPlanRepository plans;

    PlanFollowUps(ActionPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public List<FollowUp> of(String slug, Viewer viewer) {
        return plans.fromEvent(slug).stream()
                .map(plan -> new FollowUp("National action plan", plan.stateName() + ", version " + plan.planVersion(),
                        plan.status().label(), "/action-plans/" + plan.id(), plan.source().factNumber()))
                .toList();
    }
}
