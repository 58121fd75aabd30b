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
        // on every page: an index probe (V10), not a count over every stored file
        return !jdbc.sql("SELECT 1 FROM source_documents WHERE origin = 'demo' FETCH FIRST 1 ROW ONLY")
                .query(Integer.class).list().isEmpty();
    }
}
