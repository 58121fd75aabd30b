package org.atlas1540.server.plan;

import org.atlas1540.server.testing.H2Database;

@H2Database
class ActionPlansOnH2Test extends ActionPlansContract {
}
