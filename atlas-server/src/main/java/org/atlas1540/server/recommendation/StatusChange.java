package org.atlas1540.server.recommendation;

import io.swagger.v3.oas.annotations.media.Schema;
import org.atlas1540.server.web.Inputs;

/** A step of a recommendation's lifecycle as the page's buttons and the JSON body ask for it. */
@Schema(name = "RecommendationStatusChange")
record StatusChange(
        @Schema(description = "The status to move to", example = "in-progress") String status,
        @Schema(description = "The version of the record that was read") String version) {

    RecommendationStatus to(Inputs inputs) {
        return inputs.choice("status", "Status", status, RecommendationStatus::of, RecommendationStatus.allowed(), true);
    }

    Integer expectedVersion(Inputs inputs) {
        return inputs.whole("version", "Version", version, 0, Integer.MAX_VALUE - 1, true);
    }
}
