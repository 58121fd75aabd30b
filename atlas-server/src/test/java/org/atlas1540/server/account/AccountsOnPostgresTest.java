package org.atlas1540.server.account;

import org.atlas1540.server.testing.PostgresDatabase;
import org.atlas1540.server.testing.TestClock;
import org.springframework.context.annotation.Import;

@PostgresDatabase
@Import(TestClock.Configuration.class)
class AccountsOnPostgresTest extends AccountsContract {
}
