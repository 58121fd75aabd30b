/**
 * The audit log: every change to a record, with who made it, when, and the record before and after.
 * Features call {@link org.atlas1540.server.audit.AuditLog#record} in the transaction that makes the
 * change, so that a change and its entry are stored together or not at all. Entries are only added,
 * never changed.
 */
package org.atlas1540.server.audit;
