package org.atlas1540.server.event;

import org.atlas1540.server.testing.PostgresDatabase;

@PostgresDatabase
class FactsFollowRevisionsOnPostgresTest extends FactsFollowRevisionsContract {
}
