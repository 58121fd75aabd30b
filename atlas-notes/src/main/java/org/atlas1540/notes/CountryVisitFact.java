package org.atlas1540.notes;

import org.atlas1540.reference.StateCode;

/**
 * A country visit to a State by the 1540 Committee or its experts.
 *
 * @param state  the State visited
 * @param status "proposed", "requested" or "conducted"
 * @param year   the year named for the visit; else null
 */
public record CountryVisitFact(StateCode state, String status, Integer year, Span span) implements Fact {
    @Override
    public String type() {
        return "country-visit";
    }
}
