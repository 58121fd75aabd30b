package org.atlas1540.server.offer;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.atlas1540.server.assistance.AssistanceArea;

/**
 * A stored offer.
 *
 * @param regions ids of the groupings of States it covers; empty means any region
 */
public record AssistanceOffer(AssistanceOfferId id, Provider provider, List<AssistanceArea> areas,
        List<String> regions, String programme, String description, String contact, LocalDate offeredOn,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) {

    public AssistanceOffer {
        areas = List.copyOf(areas);
        regions = List.copyOf(regions);
    }

    public boolean anyRegion() {
        return regions.isEmpty();
    }

    public String path() {
        return "/assistance/offers/" + id.value();
    }

    public String areaLabels() {
        return String.join(", ", areas.stream().map(AssistanceArea::label).toList());
    }
}
