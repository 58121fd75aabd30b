package org.atlas1540.server.event;

import org.atlas1540.server.web.DataOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the layout whether any stored source document came from the demo corpus. */
@Component
class DemoDataOrigin implements DataOrigin {
    private final JdbcClient jdbc;

    DemoDataOrigin(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean includesDemoData() {
        return jdbc.sql("SELECT COUNT(*) FROM source_documents WHERE origin = 'demo'").query(Long.class).single() > 0;
    }
}
