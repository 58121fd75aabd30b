package org.atlas1540.server.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.atlas1540.server.assistance.AssistanceArea;
import org.atlas1540.server.assistance.FormValues;
import org.atlas1540.server.event.StateGroupings;
import org.atlas1540.server.web.FieldProblems;
import org.springframework.stereotype.Component;

/**
 * Reads an {@link OfferForm} into a {@link NewOffer}, a problem per field: an unknown provider,
 * no area or an unknown one, an unknown region, text missing, too long or with control
 * characters, a date that is not one or lies outside 2004-04-28 to today.
 */
@Component
class OfferFormReader {
    static final int MAX_AREAS = 20;
    static final int MAX_REGIONS = 40;

    private final StateGroupings groupings;

    OfferFormReader(StateGroupings groupings) {
        this.groupings = groupings;
    }

    NewOffer read(OfferForm form, LocalDate today, FieldProblems problems) {
        Provider provider = problems.parse("providerId", form.providerId(),
                id -> Provider.parse(form.providerType(), id));
        List<AssistanceArea> areas = areas(form.areas(), problems);
        List<String> regions = regions(form.regions(), problems);
        String programme = problems.text("programme", "The programme", form.programme(), NewOffer.MAX_PROGRAMME, true);
        String description = problems.text("description", "The description", form.description(),
                NewOffer.MAX_DESCRIPTION, true);
        String contact = problems.text("contact", "The contact", form.contact(), NewOffer.MAX_CONTACT, true);
        LocalDate offeredOn = problems.parse("offeredOn", form.offeredOn(), v -> FormValues.date(v, today));
        if (!problems.isEmpty()) {
            return null;
        }
        return new NewOffer(provider, areas, regions, programme, description, contact, offeredOn);
    }

    private static List<AssistanceArea> areas(List<String> ids, FieldProblems problems) {
        if (ids.isEmpty()) {
            problems.add("areas", "Choose at least one subject area.");
            return List.of();
        }
        if (ids.size() > MAX_AREAS) {
            problems.add("areas", "At most " + MAX_AREAS + " areas can be given.");
            return List.of();
        }
        var areas = new LinkedHashSet<AssistanceArea>();
        for (String id : ids) {
            AssistanceArea area = problems.parse("areas", id, AssistanceArea::parse);
            if (area != null) {
                areas.add(area);
            }
        }
        return new ArrayList<>(areas);
    }

    private List<String> regions(List<String> ids, FieldProblems problems) {
        if (ids.size() > MAX_REGIONS) {
            problems.add("regions", "At most " + MAX_REGIONS + " regions can be given.");
            return List.of();
        }
        var regions = new LinkedHashSet<String>();
        for (String id : ids) {
            String region = id.strip();
            if (groupings.find(region).isEmpty()) {
                problems.add("regions", "'" + FormValues.echo(region) + "' is not a region (a UN regional group, "
                        + "an M49 region or sub-region, by its id such as europe).");
            } else {
                regions.add(region);
            }
        }
        return new ArrayList<>(regions);
    }
}
