package org.atlas1540.server.audit;

import org.springframework.stereotype.Component;

/** PLACEHOLDER until the lead's "Sign-in:" commit lands on main (same name and method); removed at that merge. */
@Component
public class AuditLog {
    public void record(String recordType, String recordId, String action, Object before, Object after) {
    }
}
