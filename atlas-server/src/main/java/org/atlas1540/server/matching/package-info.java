/**
 * Matchmaking between assistance requests and offers: ranked suggestions with the reason for each
 * ({@link org.atlas1540.server.matching.MatchRule}s), matches that staff accept (the request becomes
 * matched), delivery (a match is delivered when its request is fulfilled, learned from {@link
 * org.atlas1540.server.assistance.RequestStatusChanged}), feedback from providers and recipients, and
 * the annual report. Uses the assistance and offer modules through their APIs only; whatever it
 * shows about a request follows that request's visibility.
 */
package org.atlas1540.server.matching;
