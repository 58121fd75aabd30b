package org.atlas1540.server.event;

import java.time.LocalDate;
import java.util.List;
import org.atlas1540.notes.Topic;

/** Everything an event's page shows. */
record EventDetails(
        String slug,
        String title,
        String kind,
        LocalDate startDate,
        LocalDate endDate,
        String venue,
        List<PartyView> organisers,
        List<PartyView> participants,
        List<SectionView> sections,
        List<Topic> topics,
        List<String> resolutions,
        List<FactView> facts,
        List<String> warnings,
        SourceView source) {

    public String titleOrPlaceholder() {
        return EventText.titleOrPlaceholder(title);
    }

    public String dates() {
        return EventText.dates(startDate, endDate);
    }

    public String kindLabel() {
        return EventText.kindLabel(kind);
    }

    public List<PartyView> participatingStates() {
        return participants.stream().filter(PartyView::isState).toList();
    }

    public List<PartyView> otherParticipants() {
        return participants.stream().filter(p -> !p.isState()).toList();
    }
}
