package org.atlas1540.server.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the rows of the PostgreSQL index's facet query into the total and the counts per facet
 * value. The query makes one pass over the hits with two groupings: by year, kind and regions
 * (their bits), and by topics (their bits); each row is one combination and how many hits have it.
 */
final class PostgresFacetCounts {
    /** The grouping sets of the facet query; {@code by_topics} tells which set a row is of. */
    static final String SELECT = "SELECT GROUPING(d.topic_bits) = 0 AS by_topics, d.event_year, d.kind, "
            + "d.region_bits, d.topic_bits, COUNT(*) AS n";
    static final String GROUP_BY = " GROUP BY GROUPING SETS ((d.event_year, d.kind, d.region_bits), (d.topic_bits))";

    private final FacetBits bits;
    private final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
    private long total;

    PostgresFacetCounts(FacetBits bits) {
        this.bits = bits;
        for (Facet facet : Facet.values()) {
            counts.put(facet, new LinkedHashMap<>());
        }
    }

    void add(ResultSet row) throws SQLException {
        long n = row.getLong("n");
        if (row.getBoolean("by_topics")) {
            bits.decode(Facet.TOPIC, row.getLong("topic_bits")).forEach(topic -> add(Facet.TOPIC, topic, n));
            return;
        }
        total += n;
        int year = row.getInt("event_year");
        if (!row.wasNull()) {
            add(Facet.YEAR, Integer.toString(year), n);
        }
        add(Facet.KIND, row.getString("kind"), n);
        bits.decode(Facet.REGION, row.getLong("region_bits")).forEach(region -> add(Facet.REGION, region, n));
    }

    private void add(Facet facet, String value, long n) {
        counts.get(facet).merge(value, n, Long::sum);
    }

    long total() {
        return total;
    }

    Map<Facet, List<FacetCount>> facets() {
        var facets = new EnumMap<Facet, List<FacetCount>>(Facet.class);
        counts.forEach((facet, values) -> {
            var list = new ArrayList<FacetCount>(values.size());
            values.forEach((value, n) -> list.add(new FacetCount(facet, value, n)));
            facets.put(facet, list);
        });
        return facets;
    }
}
