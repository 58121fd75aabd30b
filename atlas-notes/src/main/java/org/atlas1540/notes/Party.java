package org.atlas1540.notes;

import org.atlas1540.reference.StateCode;

/**
 * A State, organisation or unresolved name that organised or took part in an event.
 *
 * @param type    what it is
 * @param id      the State's ISO alpha-3 code or the organisation's registry id; null when unresolved
 * @param name    the canonical name (for unresolved parties, the mention)
 * @param mention the text as written in the note
 * @param span    where the mention is in the normalised text
 * @param state   for a national body (an agency or ministry of one State), that State; else null
 * @param remark  a parenthetical remark after the mention, such as "via video-message"; else null
 */
public record Party(PartyType type, String id, String name, String mention, Span span, StateCode state, String remark) {

    public boolean isState() {
        return type == PartyType.STATE;
    }
}
