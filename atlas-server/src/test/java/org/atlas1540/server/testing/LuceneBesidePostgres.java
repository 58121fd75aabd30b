package org.atlas1540.server.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default search engine with PostgreSQL: the database of {@link EmbeddedPostgres}, a Lucene
 * index in a fresh data folder. For test classes that want their own context beside the shared
 * one of {@link PostgresDatabase} (which searches with PostgreSQL's full-text search).
 */
public class LuceneBesidePostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.datasource.url=" + EmbeddedPostgres.jdbcUrl(),
                "spring.datasource.username=postgres", "spring.datasource.password=",
                "atlas.search.engine=lucene", "atlas.data-dir=" + TestData.newDirectory("pg-lucene"))
                .applyTo(context);
    }
}
