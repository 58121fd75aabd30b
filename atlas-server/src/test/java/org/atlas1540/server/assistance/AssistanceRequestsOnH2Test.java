package org.atlas1540.server.assistance;

import org.atlas1540.server.testing.H2Database;
import org.atlas1540.server.testing.TestClock;
import org.springframework.context.annotation.Import;

@H2Database
@Import(TestClock.Configuration.class)
class AssistanceRequestsOnH2Test extends AssistanceRequestsContract {
}
