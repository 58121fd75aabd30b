package org.atlas1540.server.organisation;

import java.util.Collection;
import org.atlas1540.reference.Organisation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The module's API for keeping the organisations table in step with the library's registry. */
@Service
public class OrganisationRegister {
    private final OrganisationRepository organisations;

    OrganisationRegister(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /**
     * Inserts the organisations that are new and updates those that changed, aliases included.
     * Organisations are never deleted: events may refer to them.
     */
    @Transactional
    public void synchronise(Collection<Organisation> registry) {
        registry.forEach(organisations::save);
    }
}
