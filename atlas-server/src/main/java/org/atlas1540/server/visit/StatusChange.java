package org.atlas1540.server.visit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.atlas1540.server.web.Inputs;

/** A step of a visit's lifecycle as the page's buttons and the JSON body ask for it. */
@Schema(name = "CountryVisitStatusChange")
record StatusChange(
        @Schema(description = "The status to move to", example = "scheduled") String status,
        @Schema(description = "The version of the record that was read") String version) {

    VisitStatus to(Inputs inputs) {
        return inputs.choice("status", "Status", status, VisitStatus::of, VisitStatus.allowed(), true);
    }

    Integer expectedVersion(Inputs inputs) {
        return inputs.whole("version", "Version", version, 0, Integer.MAX_VALUE - 1, true);
    }
}
