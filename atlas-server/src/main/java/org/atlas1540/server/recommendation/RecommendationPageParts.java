package org.atlas1540.server.recommendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.atlas1540.server.account.Viewer;
import org.atlas1540.server.event.EventHeading;
import org.atlas1540.server.event.EventPageParts;
import org.atlas1540.server.event.EventSources;
import org.atlas1540.server.event.HomePageParts;
import org.atlas1540.server.web.PagePart;
import org.springframework.stereotype.Component;

/**
 * The recommendations on an event's page (with, for staff, adding one and taking them from the
 * note), and the overdue ones on the home page, for staff only.
 */
@Component
class RecommendationPageParts implements EventPageParts, HomePageParts {
    static final int HOME_LIMIT = 10;

    private final Recommendations recommendations;
    private final NoteRecommendations fromNotes;
    private final EventSources sources;

    RecommendationPageParts(Recommendations recommendations, NoteRecommendations fromNotes, EventSources sources) {
        this.recommendations = recommendations;
        this.fromNotes = fromNotes;
        this.sources = sources;
    }

    @Override
    public Optional<PagePart> forEvent(String slug, Viewer viewer) {
        List<Recommendation> ofEvent = recommendations.ofEvent(slug);
        boolean offered = viewer.isStaff()
                && fromNotes.of(slug, ofEvent.stream().map(Recommendation::text).toList()).stream()
                        .anyMatch(c -> !c.taken());
        return Optional.of(new PagePart("recommendation/event-part",
                new OfEvent(slug, ofEvent, viewer.isStaff(), offered, recommendations.today())));
    }

    @Override
    public Optional<PagePart> forHome(Viewer viewer) {
        if (!viewer.isStaff()) {
            return Optional.empty();
        }
        List<Recommendation> overdue = recommendations.overdue(HOME_LIMIT);
        return Optional.of(new PagePart("recommendation/home-part", new Overdue(overdue, recommendations.countOverdue(),
                sources.headings(overdue.stream().map(Recommendation::eventSlug).toList()), recommendations.today())));
    }

    /**
     * @param staff      the viewer may add and change them
     * @param noteOffers the note has recommendations not yet taken (shown to staff only)
     */
    record OfEvent(String slug, List<Recommendation> recommendations, boolean staff, boolean noteOffers,
            LocalDate today) {
    }

    /** @param total how many are overdue in all; @param events the headings of their events, by slug */
    record Overdue(List<Recommendation> shown, long total, Map<String, EventHeading> events, LocalDate today) {
    }
}
