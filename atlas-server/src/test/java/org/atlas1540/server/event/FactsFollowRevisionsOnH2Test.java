package org.atlas1540.server.event;

import org.atlas1540.server.testing.H2Database;

@H2Database
class FactsFollowRevisionsOnH2Test extends FactsFollowRevisionsContract {
}
