package org.atlas1540.server.account;

import org.atlas1540.server.testing.H2Database;
import org.atlas1540.server.testing.TestClock;
import org.springframework.context.annotation.Import;

@H2Database
@Import(TestClock.Configuration.class)
class AccountsOnH2Test extends AccountsContract {
}
