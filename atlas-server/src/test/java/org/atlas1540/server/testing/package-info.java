/** Test support: the shared sample notes, test databases (H2 files and embedded PostgreSQL), HTTP helpers. */
package org.atlas1540.server.testing;
