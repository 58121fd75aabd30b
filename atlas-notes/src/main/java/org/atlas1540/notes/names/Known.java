package org.atlas1540.notes.names;

import org.atlas1540.notes.PartyType;
import org.atlas1540.reference.StateCode;

/**
 * What a known name stands for: a State or a registry organisation.
 *
 * @param type  {@link PartyType#STATE} or {@link PartyType#ORGANISATION}
 * @param id    the ISO alpha-3 code or the registry id
 * @param name  the canonical name
 * @param state the State itself, or for a national agency its State; null for other organisations
 */
public record Known(PartyType type, String id, String name, StateCode state) {

    public boolean isState() {
        return type == PartyType.STATE;
    }
}
