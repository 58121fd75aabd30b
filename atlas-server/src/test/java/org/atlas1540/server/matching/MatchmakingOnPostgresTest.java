package org.atlas1540.server.matching;

import org.atlas1540.server.testing.PostgresDatabase;
import org.atlas1540.server.testing.TestClock;
import org.springframework.context.annotation.Import;

@PostgresDatabase
@Import(TestClock.Configuration.class)
class MatchmakingOnPostgresTest extends MatchmakingContract {
}
