package org.atlas1540.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are modules: they use each other only through public types at their top
 * level, and depend on each other without cycles (web depends on none of them).
 */
class ModularityTest {

    @Test
    void theFeatureModulesRespectTheirBoundaries() {
        ApplicationModules.of(AtlasServer.class).verify();
    }
}
