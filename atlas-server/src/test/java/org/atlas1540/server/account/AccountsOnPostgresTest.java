package org.atlas1540.server.account;

import org.atlas1540.server.testing.PostgresDatabase;

@PostgresDatabase
class AccountsOnPostgresTest extends AccountsContract {
}
