package org.atlas1540.server.event;

import java.util.List;
import java.util.Optional;

/**
 * The UN regional groups, M49 regions and sub-regions, with their States. Implemented by the
 * state module, which owns the States tables; declared here so that the events list can filter by
 * region, and the home page count by region, without this module depending on the state module
 * (which depends on this one).
 */
public interface StateGroupings {

    /** UN regional groups first, then each M49 region followed by its sub-regions; each by name. */
    List<StateGrouping> all();

    default Optional<StateGrouping> find(String id) {
        return all().stream().filter(g -> g.id().equals(id)).findFirst();
    }
}
