package org.atlas1540.server.search;

import java.util.EnumMap;
import java.util.Map;

/**
 * The facet values a search is narrowed to; any may be absent. Values are checked by {@link
 * SearchParameters} before they get here.
 */
record SearchFilters(Integer year, String region, String topic, String kind) {

    static SearchFilters none() {
        return new SearchFilters(null, null, null, null);
    }

    /** The value of one facet's filter, as text, or null. */
    public String value(Facet facet) {
        return switch (facet) {
            case YEAR -> year == null ? null : year.toString();
            case REGION -> region;
            case TOPIC -> topic;
            case KIND -> kind;
        };
    }

    /** The filters that are set, in facet order. */
    public Map<Facet, String> active() {
        var active = new EnumMap<Facet, String>(Facet.class);
        for (Facet facet : Facet.values()) {
            if (value(facet) != null) {
                active.put(facet, value(facet));
            }
        }
        return active;
    }

    public boolean isEmpty() {
        return active().isEmpty();
    }

    /** The same filters with this facet set to the value (a valid value from the index's own facet counts). */
    SearchFilters with(Facet facet, String value) {
        return switch (facet) {
            case YEAR -> new SearchFilters(value == null ? null : Integer.valueOf(value), region, topic, kind);
            case REGION -> new SearchFilters(year, value, topic, kind);
            case TOPIC -> new SearchFilters(year, region, value, kind);
            case KIND -> new SearchFilters(year, region, topic, value);
        };
    }

    SearchFilters without(Facet facet) {
        return with(facet, null);
    }
}
