package org.atlas1540.reference;

import java.util.List;
import java.util.Optional;

/**
 * An organisation from the registry.
 *
 * @param acronym the acronym it is known by, or empty
 * @param kind    un-body, international-organisation, regional-organisation, national-agency, ...
 * @param country for a national agency, its State
 * @param aliases other names it is written as
 */
public record Organisation(
        OrganisationId id,
        String acronym,
        String name,
        String kind,
        Optional<StateCode> country,
        List<String> aliases) {

    public Organisation {
        aliases = List.copyOf(aliases);
    }

    /** Every name the organisation may be written as: name, acronym, aliases. */
    public List<String> names() {
        var names = new java.util.ArrayList<String>();
        names.add(name);
        if (!acronym.isBlank()) {
            names.add(acronym);
        }
        names.addAll(aliases);
        return List.copyOf(names);
    }
}
