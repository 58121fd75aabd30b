package org.atlas1540.server.visit;

import org.atlas1540.server.testing.PostgresDatabase;

@PostgresDatabase
class CountryVisitsOnPostgresTest extends CountryVisitsContract {
}
