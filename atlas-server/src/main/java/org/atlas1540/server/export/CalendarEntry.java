package org.atlas1540.server.export;

import java.time.LocalDate;

/**
 * An event as a calendar shows it.
 *
 * @param endDate the last day, inclusive; null for a one-day event
 */
record CalendarEntry(String slug, String title, String kind, LocalDate startDate, LocalDate endDate, String venue) {
}
