/**
 * Shared web set-up: the page layout's model attributes, error pages, and the security headers
 * every response carries. Feature packages depend on it (to throw {@link
 * org.atlas1540.server.web.NotFoundException}); it depends on none of them.
 */
package org.atlas1540.server.web;
