package org.atlas1540.server.search;

/** How many of the matching events have this value of a facet. */
record FacetCount(Facet facet, String value, long count) {

    public String label() {
        return facet.label(value);
    }
}
