package org.atlas1540.server.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes of a choropleth: "none" for a count of zero, then up to {@link #MAX} ranges whose
 * bounds grow geometrically up to the highest count, so that a map of 3 events and a map of 3,000
 * both use the whole palette. Ranges are written as a person reads them: "1", "2–3", "4–12".
 *
 * @param lowerBounds the smallest count of each range, increasing, the first one 1
 * @param maximum     the highest count, the end of the last range
 */
record Buckets(List<Integer> lowerBounds, int maximum) {
    static final int MAX = 4;

    Buckets {
        lowerBounds = List.copyOf(lowerBounds);
    }

    static Buckets forMaximum(int maximum) {
        var bounds = new ArrayList<Integer>();
        for (int i = 0; i < MAX && maximum > 0; i++) {
            int bound = (int) Math.ceil(Math.pow(maximum, (double) i / MAX) - 1e-9);
            if (!bounds.isEmpty()) {
                bound = Math.max(bound, bounds.get(bounds.size() - 1) + 1);
            }
            if (bound > maximum) {
                break;
            }
            bounds.add(bound);
        }
        return new Buckets(bounds, Math.max(maximum, 0));
    }

    /**
     * The palette class of a count: {@code map-b0} for zero; the ranges take the darkest classes,
     * so that one range alone is drawn dark, not pale: with two ranges, {@code map-b3} and {@code map-b4}.
     */
    String cssClass(int count) {
        if (count <= 0 || lowerBounds.isEmpty()) {
            return "map-b0";
        }
        int range = 0;
        while (range + 1 < lowerBounds.size() && count >= lowerBounds.get(range + 1)) {
            range++;
        }
        return "map-b" + (MAX - lowerBounds.size() + 1 + range);
    }

    /** The legend, zero first: each palette class in use with the counts it stands for. */
    List<ChoroplethMap.LegendEntry> legend() {
        var entries = new ArrayList<ChoroplethMap.LegendEntry>();
        entries.add(new ChoroplethMap.LegendEntry("map-b0", "None"));
        for (int i = 0; i < lowerBounds.size(); i++) {
            int from = lowerBounds.get(i);
            int to = i + 1 < lowerBounds.size() ? lowerBounds.get(i + 1) - 1 : maximum;
            entries.add(new ChoroplethMap.LegendEntry(cssClass(from), from == to ? String.valueOf(from) : from + "–" + to));
        }
        return entries;
    }
}
