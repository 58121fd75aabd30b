package org.atlas1540.server.offer;

import java.util.List;
import org.atlas1540.server.assistance.AssistanceArea;

/**
 * An offer as a form or an API body gives it, unchecked.
 *
 * @param providerType {@code state} or {@code organisation}
 * @param providerId   a State's code or an organisation's id
 * @param version      the version the editor saw (edits only)
 */
public record OfferForm(String providerType, String providerId, List<String> areas, List<String> regions,
        String programme, String description, String contact, String offeredOn, String version) {

    public OfferForm {
        areas = areas == null ? List.of() : areas.stream().filter(a -> a != null && !a.isBlank()).toList();
        regions = regions == null ? List.of() : regions.stream().filter(r -> r != null && !r.isBlank()).toList();
    }

    public static OfferForm empty() {
        return new OfferForm("state", "", List.of(), List.of(), "", "", "", "", "");
    }

    public static OfferForm of(AssistanceOffer o) {
        return new OfferForm(o.provider().kind().slug(), o.provider().id(),
                o.areas().stream().map(AssistanceArea::id).toList(), o.regions(), o.programme(), o.description(),
                o.contact(), o.offeredOn().toString(), String.valueOf(o.version()));
    }
}
