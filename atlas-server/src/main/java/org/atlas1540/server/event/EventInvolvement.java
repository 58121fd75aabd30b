package org.atlas1540.server.event;

import java.time.LocalDate;
import java.util.Set;

/**
 * An event in the timeline of a State or an organisation.
 *
 * @param roles how the State or organisation was involved; never empty
 */
public record EventInvolvement(
        String slug,
        String title,
        String kind,
        LocalDate startDate,
        LocalDate endDate,
        String venue,
        Set<Involvement> roles) {

    public EventInvolvement {
        roles = Set.copyOf(roles);
    }

    public String titleOrPlaceholder() {
        return EventText.titleOrPlaceholder(title);
    }

    public String dates() {
        return EventText.dates(startDate, endDate);
    }

    public String kindLabel() {
        return EventText.kindLabel(kind);
    }

    /** The roles in a stable order, as words. */
    public String roleLabels() {
        return roles.stream().sorted().map(Involvement::label).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
