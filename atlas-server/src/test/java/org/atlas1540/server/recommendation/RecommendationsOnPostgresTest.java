package org.atlas1540.server.recommendation;

import org.atlas1540.server.testing.PostgresDatabase;

@PostgresDatabase
class RecommendationsOnPostgresTest extends RecommendationsContract {
}
