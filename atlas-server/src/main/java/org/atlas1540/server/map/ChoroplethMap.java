package org.atlas1540.server.map;

import java.util.List;

/**
 * A world map ready to render (template {@code map/world :: map(map)}): every shape with its
 * palette class, link and accessible name, the legend, and the States that have no shape at the
 * map's scale, which the page lists beneath it.
 *
 * @param viewBox  the SVG {@code viewBox}: the whole world, or a region with a margin
 * @param caption  what the colours count, such as "Events attended or hosted"
 * @param areas    the shapes, States by name, then land that is no State
 * @param unmapped the States without a shape (small island States, micro-States), by name
 */
public record ChoroplethMap(String viewBox, String caption, List<Area> areas, List<LegendEntry> legend,
        List<Unmapped> unmapped) {

    public ChoroplethMap {
        areas = List.copyOf(areas);
        legend = List.copyOf(legend);
        unmapped = List.copyOf(unmapped);
    }

    /**
     * A shape on the map.
     *
     * @param code     the State's code; null for land that is no State
     * @param cssClass the palette class ({@code map-b0}..{@code map-b4}), {@code map-out} outside the region
     *                 shown, or {@code map-land}
     * @param href     the State's page; null when the shape is not a link
     * @param label    the accessible name and tooltip, such as "Serbia: 3 events"
     */
    public record Area(String code, String path, String cssClass, String href, String label) {
        public boolean linked() {
            return href != null;
        }
    }

    public record LegendEntry(String cssClass, String label) {
    }

    /** A State without a shape at the map's scale. */
    public record Unmapped(String code, String name, int count, String cssClass, String href, String label) {
    }
}
