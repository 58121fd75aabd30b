package org.atlas1540.server.event;

import java.time.LocalDate;
import java.util.List;

/**
 * An event with what an export of it holds: its header, its parties, topic ids and cited
 * resolutions. The module's API for exports ({@link EventCatalogue}).
 *
 * @param country      the host State's code, when the venue names a known State; else null
 * @param topics       topic ids in the vocabulary's order
 * @param resolutions  cited resolutions, by number
 */
public record EventRecord(
        String slug,
        String title,
        String kind,
        LocalDate startDate,
        LocalDate endDate,
        String venue,
        String city,
        String country,
        List<Party> organisers,
        List<Party> participants,
        List<String> topics,
        List<Resolution> resolutions) {

    public EventRecord {
        organisers = List.copyOf(organisers);
        participants = List.copyOf(participants);
        topics = List.copyOf(topics);
        resolutions = List.copyOf(resolutions);
    }

    /**
     * A State, organisation or unresolved name that organised or attended.
     *
     * @param type state, organisation or unresolved
     * @param id   the State code or organisation id; null when unresolved
     */
    public record Party(String type, String id, String name) {
        public boolean isState() {
            return "state".equals(type);
        }
    }

    public record Resolution(int number, int year) {
        /** As the notes cite it: "resolution 1540 (2004)". */
        public String citation() {
            return "resolution " + number + " (" + year + ")";
        }
    }
}
