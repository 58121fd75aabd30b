package org.atlas1540.server.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.atlas1540.server.event.EventId;

/**
 * What an index holds for one event: the text to search, the facet values, and what a hit shows.
 *
 * @param version  the event's version (when it was last stored) that this was made from
 * @param body     the text of the note's sections, one after the other: what snippets are taken from
 * @param topics   the topics' JSON values
 * @param regions  the M49 regions of the States involved
 */
record SearchDocument(
        EventId id,
        Instant version,
        String slug,
        String title,
        String kind,
        LocalDate startDate,
        LocalDate endDate,
        String venue,
        String body,
        List<String> partyNames,
        List<String> topics,
        List<String> regions) {

    SearchDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        partyNames = List.copyOf(partyNames);
        topics = List.copyOf(topics);
        regions = List.copyOf(regions);
    }

    Integer year() {
        return startDate == null ? null : startDate.getYear();
    }

    /** The parties' names, one per line. */
    String parties() {
        return String.join("\n", partyNames);
    }

    /**
     * The words for the facet values, so that they can be searched as well: the kind, the year,
     * the regions and the topics' labels ("export" finds an event about "Export and trans-shipment
     * controls").
     */
    String keywords() {
        var words = new ArrayList<String>();
        words.add(Facet.KIND.label(kind));
        if (year() != null) {
            words.add(year().toString());
        }
        words.addAll(regions);
        topics.forEach(t -> words.add(Facet.TOPIC.label(t)));
        return String.join("\n", words);
    }
}
