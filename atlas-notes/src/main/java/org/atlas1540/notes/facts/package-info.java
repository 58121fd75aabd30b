/**
 * Internal: the facts a note suggests (a State's action plan, a country visit, an assistance need,
 * an earlier event, recommendations), one finder per kind, each fact with its source span.
 */
package org.atlas1540.notes.facts;
