package org.atlas1540.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application without its web server, on a real PostgreSQL server ({@link EmbeddedPostgres})
 * with the {@code postgres} profile, searching with PostgreSQL's full-text search (the other engine,
 * Lucene, has {@link LuceneBesidePostgres}); the demo corpus off, and no catch-up of the index while
 * running (it would race the tests of the catch-up). Every test class so annotated shares one
 * application context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"atlas.demo=false", "atlas.search.engine=postgres", "atlas.search.catch-up-every=0s"})
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresDatabase.Initializer.class)
public @interface PostgresDatabase {

    class Initializer implements org.springframework.context.ApplicationContextInitializer<
            org.springframework.context.ConfigurableApplicationContext> {
        @Override
        public void initialize(org.springframework.context.ConfigurableApplicationContext context) {
            org.springframework.boot.test.util.TestPropertyValues
                    .of("spring.datasource.url=" + EmbeddedPostgres.jdbcUrl(),
                            "spring.datasource.username=postgres",
                            "spring.datasource.password=")
                    .applyTo(context);
        }
    }
}
