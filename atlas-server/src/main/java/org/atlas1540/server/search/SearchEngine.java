package org.atlas1540.server.search;

import java.util.Locale;

/**
 * Which index answers searches, chosen with {@code atlas.search.engine} ({@code --search} on the
 * command line). Lucene is the default with either database: it meets the search speed limit at
 * 100,000 notes (docs/benchmarks.md) and ranks the same way everywhere. PostgreSQL's own full-text
 * search keeps the index in the database, so that several servers share it without a catch-up.
 */
enum SearchEngine {
    /** A Lucene index in the data folder ({@code DIR/index}), with H2 or PostgreSQL. */
    LUCENE,
    /** The {@code search_documents} table and its GIN index; PostgreSQL only. */
    POSTGRES;

    static final String PROPERTY = "atlas.search.engine";

    /** The engine a property value names; any other value is refused with the values allowed. */
    static SearchEngine named(String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (SearchEngine engine : values()) {
            if (engine.name().equals(name)) {
                return engine;
            }
        }
        throw new IllegalStateException(PROPERTY + " is '" + value + "'; it must be lucene or postgres");
    }
}
