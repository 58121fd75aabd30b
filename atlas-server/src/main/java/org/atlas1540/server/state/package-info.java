/**
 * States: the register of States loaded from the reference data ({@link
 * org.atlas1540.server.state.StateRegister}), the list of States and each State's page with the
 * timeline of events it attended, organised or hosted; the same as JSON under {@code /api/v1/states}.
 */
package org.atlas1540.server.state;
