package org.atlas1540.server.assistance;

import org.atlas1540.server.testing.PostgresDatabase;
import org.atlas1540.server.testing.TestClock;
import org.springframework.context.annotation.Import;

@PostgresDatabase
@Import(TestClock.Configuration.class)
class AssistanceRequestsOnPostgresTest extends AssistanceRequestsContract {
}
