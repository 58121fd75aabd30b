/**
 * The review queue: the facts the reader suggested from notes (a plan, a visit, a need, a set of
 * recommendations, an earlier event) wait here until an editor makes a record from one (which
 * confirms it: the record's form opens filled in from the fact, to be checked and edited), confirms
 * one that makes no record, or rejects one. Staff only.
 */
package org.atlas1540.server.review;
