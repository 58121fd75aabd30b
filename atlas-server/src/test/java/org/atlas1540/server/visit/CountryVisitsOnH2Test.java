package org.atlas1540.server.visit;

import org.atlas1540.server.testing.H2Database;

@H2Database
class CountryVisitsOnH2Test extends CountryVisitsContract {
}
