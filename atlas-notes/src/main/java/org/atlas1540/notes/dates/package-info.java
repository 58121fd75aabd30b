/**
 * Internal: finds the dates of events in note text ("9-10 May 2013", "May 30 – June 2, 2015",
 * "09.05.2013", "2013-05-09") and reads them as {@link org.atlas1540.notes.DateRange}s with their
 * offsets. The entry point is {@link org.atlas1540.notes.dates.DateRangeParser}; the grammar
 * lives in one small class per written form.
 */
package org.atlas1540.notes.dates;
