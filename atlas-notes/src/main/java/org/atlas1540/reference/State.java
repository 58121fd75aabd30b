package org.atlas1540.reference;

import java.util.List;
import java.util.Set;

/**
 * A State (or other entity) as the reference data knows it.
 *
 * @param code         ISO 3166-1 alpha-3
 * @param alpha2       ISO 3166-1 alpha-2
 * @param shortName    the English short name used in UN documents ("North Macedonia")
 * @param formalName   the formal name ("Republic of North Macedonia")
 * @param status       member, observer or other entity (Kosovo)
 * @param groups       UN regional groups (Türkiye has two; observers and other entities none)
 * @param m49Region    M49 region ("Europe")
 * @param m49SubRegion M49 sub-region ("Southern Europe")
 * @param osce         OSCE participating State, Partner for Co-operation, or neither
 * @param aliases      other names it is written as in notes, including historical ones
 */
public record State(
        StateCode code,
        String alpha2,
        String shortName,
        String formalName,
        StateStatus status,
        Set<UnRegionalGroup> groups,
        String m49Region,
        String m49SubRegion,
        OsceStatus osce,
        List<String> aliases) {

    public State {
        groups = Set.copyOf(groups);
        aliases = List.copyOf(aliases);
    }

    /** Every name the State may be written as: short name, formal name, aliases. */
    public List<String> names() {
        var names = new java.util.ArrayList<String>();
        names.add(shortName);
        if (!formalName.isBlank() && !formalName.equals(shortName)) {
            names.add(formalName);
        }
        names.addAll(aliases);
        return List.copyOf(names);
    }
}
