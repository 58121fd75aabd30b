/** Internal: reading a venue into its city and country. */
package org.atlas1540.notes.venue;
