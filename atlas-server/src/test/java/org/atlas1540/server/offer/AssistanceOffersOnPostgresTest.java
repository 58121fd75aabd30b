package org.atlas1540.server.offer;

import org.atlas1540.server.testing.PostgresDatabase;
import org.atlas1540.server.testing.TestClock;
import org.springframework.context.annotation.Import;

@PostgresDatabase
@Import(TestClock.Configuration.class)
class AssistanceOffersOnPostgresTest extends AssistanceOffersContract {
}
