/**
 * Internal: finds what a note cites or points to: Security Council resolutions ("resolution
 * 1540 (2004)", "S/RES/1977 (2011)"), e-mail addresses and web addresses. The entry point is
 * {@link org.atlas1540.notes.citations.CitationFinder}.
 */
package org.atlas1540.notes.citations;
