/**
 * Regions: a page per UN regional group, M49 region and sub-region saying which of its States
 * events reached, and which they did not reach in the last N years, with the region's map; and
 * the index of them all. Reads the groupings and the engagement of States through the event
 * module's API, and draws maps with the map module.
 */
package org.atlas1540.server.region;
