package org.atlas1540.reference;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** The States the reference data knows, by ISO alpha-3 code. Immutable. */
public final class States {
    static final String RESOURCE = "/org/atlas1540/reference/states.csv";

    private final Map<StateCode, State> byCode;

    States(Collection<State> states) {
        var map = new LinkedHashMap<StateCode, State>();
        for (State state : states) {
            if (map.put(state.code(), state) != null) {
                throw new IllegalStateException("State listed twice: " + state.code());
            }
        }
        this.byCode = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    private final List<State> ordered;

    static States load() {
        return new States(ReferenceCsv.read(RESOURCE, States::state));
    }

    private static State state(CSVRecord row) {
        var groups = EnumSet.noneOf(UnRegionalGroup.class);
        ReferenceCsv.list(row.get("un_groups")).forEach(g -> groups.add(UnRegionalGroup.fromSlug(g)));
        return new State(
                StateCode.of(row.get("alpha3")),
                row.get("alpha2"),
                row.get("short_name"),
                row.get("formal_name"),
                StateStatus.fromSlug(row.get("status")),
                groups,
                row.get("m49_region"),
                row.get("m49_subregion"),
                OsceStatus.fromSlug(row.get("osce")),
                ReferenceCsv.list(row.get("aliases")));
    }

    public Optional<State> find(StateCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The State with this code; throws {@link IllegalArgumentException} naming the code if unknown. */
    public State get(StateCode code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown State code: " + code));
    }

    /** The State's short name ("Serbia"); the code itself for a code the reference data does not know. */
    public String shortNameOf(StateCode code) {
        return find(code).map(State::shortName).orElse(code.value());
    }

    /** All States, in the order of the reference file (by short name). */
    public List<State> all() {
        return ordered;
    }
}
