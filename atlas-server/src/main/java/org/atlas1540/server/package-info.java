/**
 * The Atlas 1540 server: stores imported information notes in a database and serves them as web
 * pages. {@link org.atlas1540.server.Main} is the entry point of {@code atlas serve} and
 * {@code atlas import}; each sub-package is one feature (event, state, organisation, importing,
 * reference) or the shared web set-up (web).
 */
package org.atlas1540.server;
