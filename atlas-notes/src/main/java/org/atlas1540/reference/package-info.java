/**
 * Reference data: the States (ISO 3166-1 alpha-3, UN regional groups, M49 regions, OSCE
 * participation), the organisation registry with stable ids, and venue cities. Loaded once from
 * CSV resources in this library; see docs/reference-data.md for sources, licences and decisions.
 */
package org.atlas1540.reference;
