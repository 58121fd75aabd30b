package org.atlas1540.server.event;

import java.util.List;

/**
 * The numbers behind the home page's chart.
 *
 * @param perYearAndVenue dated events per start year and venue country
 * @param undated         events without a date
 */
record ChartCounts(List<YearVenueCount> perYearAndVenue, long undated) {
    ChartCounts {
        perYearAndVenue = List.copyOf(perYearAndVenue);
    }
}
