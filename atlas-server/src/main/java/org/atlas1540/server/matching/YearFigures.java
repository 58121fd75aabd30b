package org.atlas1540.server.matching;

/**
 * One year of the assistance report: the figures the BWC Implementation Support Unit publishes for
 * its own assistance database.
 *
 * @param requests  requests received in the year (by the day they were received)
 * @param offers    offers made in the year (by the day they were offered)
 * @param matches   matches accepted in the year
 * @param delivered matches delivered in the year (their request fulfilled)
 */
public record YearFigures(int year, long requests, long offers, long matches, long delivered) {
}
