/**
 * Country visits: a visit to a State by the 1540 Committee or its experts, from its proposal to its
 * outcome, following {@link org.atlas1540.server.visit.VisitLifecycle}. Owns the
 * {@code country_visits} table. Its API: {@link org.atlas1540.server.visit.CountryVisits} (create,
 * update, change status, a State's visits; used by the State page and the review queue). Its pages
 * ({@code /country-visits}), JSON API ({@code /api/v1/country-visits}) and CSV export
 * ({@code /exports/country-visits.csv}).
 */
package org.atlas1540.server.visit;
