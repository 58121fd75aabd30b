/**
 * The world map: State shapes built by {@code tools/map} from world-atlas (Natural Earth), and
 * {@link org.atlas1540.server.map.ChoroplethMaps}, which colours them by a count per State for the
 * pages that show a map (home, regions). Knows nothing of events: callers bring the counts.
 */
package org.atlas1540.server.map;
