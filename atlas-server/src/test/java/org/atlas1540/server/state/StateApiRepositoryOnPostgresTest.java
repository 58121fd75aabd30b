package org.atlas1540.server.state;

import org.atlas1540.server.testing.PostgresDatabase;

@PostgresDatabase
class StateApiRepositoryOnPostgresTest extends StateApiRepositoryContract {
}
