package org.atlas1540.server.assistance;

import io.swagger.v3.oas.annotations.Parameter;
import org.atlas1540.reference.StateCode;
import org.atlas1540.server.web.InvalidParameterException;

/** The filters of the requests list and API, as the query string gives them; {@link #toFilter()} checks them. */
public record RequestQuery(
        @Parameter(description = "Status: received, authenticated, acknowledged, distributed, matched, in-delivery, "
                + "fulfilled, closed, withdrawn") String status,
        @Parameter(description = "Requesting State, ISO 3166-1 alpha-3 code") String state,
        @Parameter(description = "Subject area id, such as border-security") String area) {

    /** @throws InvalidParameterException naming the first value that cannot be used */
    public RequestFilter toFilter() {
        RequestStatus s = blank(status) ? null : RequestStatus.fromSlug(status.strip()).orElseThrow(
                () -> new InvalidParameterException("status", status, "a status such as received or distributed"));
        StateCode code = null;
        if (!blank(state)) {
            try {
                code = FormValues.state(state);
            } catch (IllegalArgumentException e) {
                throw InvalidParameterException.described("state", state, e.getMessage());
            }
        }
        AssistanceArea a = blank(area) ? null : AssistanceArea.find(area.strip()).orElseThrow(
                () -> new InvalidParameterException("area", area, "a subject area id such as border-security"));
        return new RequestFilter(s, code, a, null, false);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
