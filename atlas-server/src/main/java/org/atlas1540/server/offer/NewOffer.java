package org.atlas1540.server.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.atlas1540.server.assistance.AssistanceArea;

/**
 * An offer as it is to be stored, its values checked.
 *
 * @param regions ids of groupings of States (UN regional group, M49 region or sub-region); empty means any region
 */
public record NewOffer(Provider provider, List<AssistanceArea> areas, List<String> regions, String programme,
        String description, String contact, LocalDate offeredOn) {
    public static final int MAX_PROGRAMME = 300;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_CONTACT = 300;

    public NewOffer {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(offeredOn, "offeredOn");
        areas = List.copyOf(areas);
        regions = List.copyOf(regions);
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("An offer has at least one area.");
        }
    }
}
