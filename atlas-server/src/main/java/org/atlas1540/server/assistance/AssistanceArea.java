package org.atlas1540.server.assistance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.atlas1540.notes.Topic;

/**
 * A subject area of assistance: the topics of the reader's vocabulary that a request or an offer
 * can be about (the same set the reader takes an assistance need's areas from), by their stable id.
 */
public enum AssistanceArea {
    LEGISLATION(Topic.LEGISLATION),
    EXPORT_CONTROL(Topic.EXPORT_CONTROL),
    BORDER_SECURITY(Topic.BORDER_SECURITY),
    LAW_ENFORCEMENT(Topic.LAW_ENFORCEMENT),
    BIOSECURITY(Topic.BIOSECURITY),
    CHEMICAL_SECURITY(Topic.CHEMICAL_SECURITY),
    NUCLEAR_SECURITY(Topic.NUCLEAR_SECURITY),
    MEANS_OF_DELIVERY(Topic.MEANS_OF_DELIVERY),
    PROLIFERATION_FINANCING(Topic.PROLIFERATION_FINANCING),
    REPORTING(Topic.REPORTING),
    NATIONAL_ACTION_PLANS(Topic.NATIONAL_ACTION_PLANS),
    POINTS_OF_CONTACT(Topic.POINTS_OF_CONTACT);

    private final Topic topic;

    AssistanceArea(Topic topic) {
        this.topic = topic;
    }

    /** The stable id: the topic's id ({@code export-control}). */
    public String id() {
        return topic.json();
    }

    public String label() {
        return topic.label();
    }

    public static Optional<AssistanceArea> find(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
    }

    /** The area of a topic, when the topic is one. */
    public static Optional<AssistanceArea> of(Topic topic) {
        return Arrays.stream(values()).filter(a -> a.topic == topic).findFirst();
    }

    /** @throws IllegalArgumentException with a sentence naming the value and the known ids */
    public static AssistanceArea parse(String id) {
        return find(id == null ? "" : id.strip()).orElseThrow(() -> new IllegalArgumentException(
                "'" + id + "' is not a subject area; known areas: " + String.join(", ", ids()) + "."));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(AssistanceArea::id).toList();
    }
}
