package org.atlas1540.server.plan;

import org.atlas1540.server.testing.PostgresDatabase;

@PostgresDatabase
class ActionPlansOnPostgresTest extends ActionPlansContract {
}
