package org.atlas1540.server.recommendation;

import org.atlas1540.server.testing.H2Database;

@H2Database
class RecommendationsOnH2Test extends RecommendationsContract {
}
