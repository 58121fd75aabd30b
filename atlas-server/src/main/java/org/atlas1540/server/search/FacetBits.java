package org.atlas1540.server.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.atlas1540.notes.Topic;

/**
 * The regions and topics of a search document as bits of one number each, for the PostgreSQL
 * index: counting the facets of 100,000 hits from two numbers per row is many times cheaper than
 * unnesting two arrays per row. Bit {@code i} stands for the {@code i}-th value of {@link
 * #values()}: the M49 regions in name order, the topics in the vocabulary's order. The stored bits
 * are only right for the layout they were written with, so the index keeps {@link #layout()} and is
 * rebuilt when it changes (a region or topic added, or their order changed).
 */
record FacetBits(List<String> regions, List<String> topics) {
    /** A {@code bigint} holds the bits. */
    static final int MAX_VALUES = 63;

    FacetBits {
        regions = List.copyOf(regions);
        topics = List.copyOf(topics);
        if (regions.size() > MAX_VALUES || topics.size() > MAX_VALUES) {
            throw new IllegalArgumentException("a facet's bits hold at most " + MAX_VALUES + " values, not "
                    + Math.max(regions.size(), topics.size()));
        }
    }

    static FacetBits of(Regions regions) {
        return new FacetBits(regions.names(), Arrays.stream(Topic.values()).map(Topic::json).toList());
    }

    /** The values whose bits these are: regions for {@link Facet#REGION}, topics for {@link Facet#TOPIC}. */
    List<String> values(Facet facet) {
        return switch (facet) {
            case REGION -> regions;
            case TOPIC -> topics;
            default -> throw new IllegalArgumentException(facet + " is not kept as bits");
        };
    }

    /** The bits of these values; a value the layout does not know has none. */
    long bits(Facet facet, Collection<String> values) {
        List<String> known = values(facet);
        long bits = 0;
        for (String value : values) {
            int i = known.indexOf(value);
            if (i >= 0) {
                bits |= 1L << i;
            }
        }
        return bits;
    }

    /** The bit of one value, or empty when the layout does not know it (then nothing has it). */
    OptionalLong bit(Facet facet, String value) {
        int i = values(facet).indexOf(value);
        return i < 0 ? OptionalLong.empty() : OptionalLong.of(1L << i);
    }

    /** The values whose bits are set. */
    List<String> decode(Facet facet, long bits) {
        List<String> known = values(facet);
        var values = new ArrayList<String>(Long.bitCount(bits));
        for (int i = 0; i < known.size(); i++) {
            if ((bits & (1L << i)) != 0) {
                values.add(known.get(i));
            }
        }
        return values;
    }

    /** Names the layout, as the index stores it: two documents' bits mean the same only under the same layout. */
    String layout() {
        return "regions=" + String.join(",", regions) + ";topics=" + String.join(",", topics);
    }
}
