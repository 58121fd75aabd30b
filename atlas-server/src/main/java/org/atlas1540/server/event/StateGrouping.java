package org.atlas1540.server.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.atlas1540.reference.StateCode;

/**
 * A set of States that events can be filtered and counted by: a UN regional group, an M49 region
 * or an M49 sub-region, as the States tables hold them.
 *
 * @param id      readable and stable, used in addresses: {@code eastern-european-states},
 *                {@code europe}, {@code southern-europe}
 * @param parent  the id of the region a sub-region is part of; null for the others
 * @param members the States in it, by name
 */
public record StateGrouping(String id, String name, Kind kind, String parent, List<Member> members) {

    public StateGrouping {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        members = List.copyOf(members);
    }

    public enum Kind {
        UN_GROUP("UN regional group", "UN regional groups"),
        M49_REGION("Region (M49)", "Regions (M49)"),
        M49_SUBREGION("Sub-region (M49)", "Sub-regions (M49)");

        private final String label;
        private final String plural;

        Kind(String label, String plural) {
            this.label = label;
            this.plural = plural;
        }

        public String label() {
            return label;
        }

        public String plural() {
            return plural;
        }
    }

    /** A State in a grouping, with the name pages show. */
    public record Member(StateCode code, String name) {
    }

    public Set<StateCode> codes() {
        return members.stream().map(Member::code).collect(Collectors.toUnmodifiableSet());
    }
}
