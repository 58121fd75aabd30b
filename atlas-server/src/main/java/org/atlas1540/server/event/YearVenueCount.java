package org.atlas1540.server.event;

/**
 * How many events started in a year in a venue country.
 *
 * @param venueCountry the State code; null when the note gives no venue country
 */
record YearVenueCount(int year, String venueCountry, int events) {
}
