package org.atlas1540.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartFailuresTest {

    @Test
    void aDatabaseInUseIsExplainedWithWhatToDo() {
        var locked = new IllegalStateException("Failed to start",
                new RuntimeException("Database may be already in use: \"/x/atlas.mv.db\". Possible solutions: ...",
                        new RuntimeException("The file is locked: /x/atlas.mv.db")));

        assertThat(StartFailures.explain(locked)).contains("in use by another process").contains("--data");
    }

    @Test
    void otherwiseTheFirstLineOfTheRootCauseIsGiven() {
        var failure = new IllegalStateException("outer", new java.net.BindException("Address already in use\ndetail"));

        assertThat(StartFailures.explain(failure)).isEqualTo("Address already in use");
    }
}
