package org.atlas1540.server.search;

/**
 * The query parameters of a search, as sent: all text, so that binding never fails and every
 * problem is reported by {@link SearchParameters} in words.
 */
record SearchForm(String q, String year, String region, String topic, String kind, String page, String size) {
}
