/**
 * Shared web set-up: the page layout's model attributes, error pages, the security headers every
 * response carries, problem details for the errors of the API and exports ({@link
 * org.atlas1540.server.web.InvalidParameterException}), absolute links, the OpenAPI title. Feature
 * packages depend on it (to throw {@link org.atlas1540.server.web.NotFoundException}); it depends
 * on none of them.
 */
package org.atlas1540.server.web;
