package org.atlas1540.server.audit;

import org.atlas1540.server.testing.H2Database;

@H2Database
class AuditLogOnH2Test extends AuditLogContract {
}
