package org.atlas1540.server.search;

import java.util.List;
import java.util.stream.Collectors;
import org.atlas1540.server.event.EventDocument;
import org.springframework.stereotype.Component;

/** Turns the event module's documents into what the index holds. */
@Component
class SearchDocuments {
    private final Regions regions;

    SearchDocuments(Regions regions) {
        this.regions = regions;
    }

    List<SearchDocument> from(List<EventDocument> events) {
        return events.stream().map(this::from).toList();
    }

    SearchDocument from(EventDocument event) {
        String body = event.sections().stream().map(EventDocument.Section::text).map(SearchDocuments::clean)
                .collect(Collectors.joining("\n\n"));
        return new SearchDocument(event.id(), event.version(), event.slug(), clean(event.title()), event.kind(),
                event.startDate(), event.endDate(), clean(event.venueText()), body,
                event.partyNames().stream().map(SearchDocuments::clean).toList(), event.topics(),
                regions.of(event.stateCodes()));
    }

    /**
     * Private-use characters out: the PostgreSQL index marks matches with them, so a note must not
     * be able to mark its own text.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        var clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || SearchQuery.isPrivateUse(c)) {
                clean.append(' ');
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
