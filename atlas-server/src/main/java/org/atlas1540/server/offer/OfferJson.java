package org.atlas1540.server.offer;

import java.time.LocalDate;
import java.util.List;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.web.Links;

/** The JSON of the offers API. Field names are part of the API: add fields, never rename them. */
record OfferJson(long id, ProviderJson provider, List<String> areas, List<String> regions, String programme,
        String description, String contact, LocalDate offeredOn, int version, ItemLinks links) {

    /** @param type state or organisation */
    record ProviderJson(String type, String id, String name, String html) {
    }

    record ItemLinks(String html, String self) {
    }

    static OfferJson of(AssistanceOffer o) {
        return new OfferJson(o.id().value(), new ProviderJson(o.provider().kind().slug(), o.provider().id(),
                o.provider().name(), Links.absolute(o.provider().path())),
                o.areas().stream().map(AssistanceArea::id).toList(), o.regions(), o.programme(), o.description(),
                o.contact(), o.offeredOn(), o.version(),
                new ItemLinks(Links.absolute(o.path()), Links.absolute("/api/v1/assistance-offers/" + o.id())));
    }
}
