package org.atlas1540.server.account;

import org.atlas1540.server.testing.H2Database;

@H2Database
class AccountsOnH2Test extends AccountsContract {
}
