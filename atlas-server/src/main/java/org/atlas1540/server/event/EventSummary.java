package org.atlas1540.server.event;

import java.time.LocalDate;

/** An event in a page of the API's events list. */
record EventSummary(String slug, String title, String kind, LocalDate startDate, LocalDate endDate, String venue,
        String city, String country, int participatingStates) {
}
