package org.atlas1540.server.offer;

import io.swagger.v3.oas.annotations.Parameter;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.web.InvalidParameterException;

/** The filters of the offers list and API as the query string gives them. */
public record OfferQuery(
        @Parameter(description = "Provider kind: state or organisation (with provider)") String providerType,
        @Parameter(description = "Provider: a State's code or an organisation's id") String provider,
        @Parameter(description = "Subject area id, such as border-security") String area) {

    /** @throws InvalidParameterException naming the value that cannot be used */
    Provider toProvider() {
        if (provider == null || provider.isBlank()) {
            return null;
        }
        try {
            return Provider.parse(providerType == null || providerType.isBlank() ? guessKind(provider) : providerType,
                    provider);
        } catch (IllegalArgumentException e) {
            throw InvalidParameterException.described("provider", provider, e.getMessage());
        }
    }

    AssistanceArea toArea() {
        if (area == null || area.isBlank()) {
            return null;
        }
        return AssistanceArea.find(area.strip()).orElseThrow(
                () -> new InvalidParameterException("area", area, "a subject area id such as border-security"));
    }

    /** Three letters are a State's code; anything else an organisation's id. */
    private static String guessKind(String id) {
        return id.strip().matches("[A-Za-z]{3}") ? "state" : "organisation";
    }
}
