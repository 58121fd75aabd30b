/**
 * Organisations: the register loaded from the reference data ({@link
 * org.atlas1540.server.organisation.OrganisationRegister}), the list of organisations and each
 * organisation's page with the events it organised or attended; the same as JSON under {@code
 * /api/v1/organisations}.
 */
package org.atlas1540.server.organisation;
