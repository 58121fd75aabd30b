package org.atlas1540.server.event;

import org.atlas1540.server.testing.H2Database;

@H2Database
class EventAggregatesOnH2Test extends EventAggregatesContract {
}
