package org.atlas1540.server.state;

import org.atlas1540.server.testing.H2Database;

@H2Database
class StateApiRepositoryOnH2Test extends StateApiRepositoryContract {
}
