package org.atlas1540.server.region;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.plan.ActionPlan;

/**
 * Which States of a region have a national action plan.
 *
 * @param withPlan each such State's newest plan version, by State name
 * @param states   how many States the region has
 */
record RegionPlans(List<ActionPlan> withPlan, int states) {

    static RegionPlans of(Set<StateCode> members, Map<StateCode, ActionPlan> latest) {
        return new RegionPlans(members.stream().filter(latest::containsKey).map(latest::get)
                .sorted(Comparator.comparing(ActionPlan::stateName)).toList(), members.size());
    }
}
