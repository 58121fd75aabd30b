/** PLACEHOLDER until sign-in lands on main. */
package org.atlas1540.server.audit;
