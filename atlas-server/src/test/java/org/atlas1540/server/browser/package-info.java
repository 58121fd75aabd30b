/**
 * End-to-end tests in a real browser: headless Chromium driven by Selenium against the whole
 * server on a random port, with the demo corpus loaded. Screenshots of each step are saved under
 * {@code atlas-server/target/screenshots/} as test artefacts.
 */
package org.atlas1540.server.browser;
