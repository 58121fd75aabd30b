package org.atlas1540.server.recommendation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where the follow-up of a recommendation stands; {@link RecommendationLifecycle} says which may follow which. */
public enum RecommendationStatus {
    OPEN("open", "Open"),
    IN_PROGRESS("in-progress", "In progress"),
    DONE("done", "Done"),
    DROPPED("dropped", "Dropped");

    private final String id;
    private final String label;

    RecommendationStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** As stored, in the API and in CSV: {@code in-progress}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Open and in progress: still to be done, so a past due date makes it overdue. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public static Optional<RecommendationStatus> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    static String allowed() {
        return words(Arrays.asList(values()));
    }

    /** "done or dropped". */
    static String words(List<RecommendationStatus> statuses) {
        var ids = statuses.stream().map(RecommendationStatus::id).toList();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }
}
