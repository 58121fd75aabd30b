package org.atlas1540.server.search;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes the one {@link SearchIndex} of the application, of the {@link SearchEngine} configured. */
@Configuration(proxyBeanMethods = false)
class SearchIndexes {

    @Bean
    SearchIndex searchIndex(@Value("${" + SearchEngine.PROPERTY + ":lucene}") String engine,
            @Value("${atlas.data-dir}") Path dataDir, Environment environment, JdbcClient jdbc,
            NamedParameterJdbcTemplate batch, TransactionTemplate transaction, Regions regions) {
        return switch (SearchEngine.named(engine)) {
            case LUCENE -> new LuceneSearchIndex(dataDir);
            case POSTGRES -> {
                if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
                    throw new IllegalStateException("the postgres search engine needs a PostgreSQL database "
                            + "(--db jdbc:postgresql://...); with H2, search with lucene");
                }
                yield new PostgresSearchIndex(jdbc, batch, transaction, regions);
            }
        };
    }
}
