package org.atlas1540.reference;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** The organisation registry, by stable id. Immutable. */
public final class Organisations {
    static final String RESOURCE = "/org/atlas1540/reference/organisations.csv";

    private final Map<OrganisationId, Organisation> byId;
    private final List<Organisation> ordered;

    Organisations(Collection<Organisation> organisations) {
        var map = new LinkedHashMap<OrganisationId, Organisation>();
        for (Organisation organisation : organisations) {
            if (map.put(organisation.id(), organisation) != null) {
                throw new IllegalStateException("organisation listed twice: " + organisation.id());
            }
        }
        this.byId = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    static Organisations load() {
        return new Organisations(ReferenceCsv.read(RESOURCE, Organisations::organisation));
    }

    private static Organisation organisation(CSVRecord row) {
        String country = row.get("country");
        return new Organisation(
                OrganisationId.of(row.get("id")),
                row.get("acronym"),
                row.get("name"),
                row.get("kind"),
                country.isBlank() ? Optional.empty() : Optional.of(StateCode.of(country)),
                ReferenceCsv.list(row.get("aliases")));
    }

    public Optional<Organisation> find(OrganisationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All organisations, in registry order. */
    public List<Organisation> all() {
        return ordered;
    }
}
