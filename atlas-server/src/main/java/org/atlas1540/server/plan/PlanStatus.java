package org.atlas1540.server.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a version of a plan stands. Any status may follow any other: a correction is not a step. */
public enum PlanStatus {
    IN_PREPARATION("in-preparation", "In preparation"),
    SUBMITTED("submitted", "Submitted"),
    PUBLISHED("published", "Published"),
    SUPERSEDED("superseded", "Superseded");

    private final String id;
    private final String label;

    PlanStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** As stored, in the API and in CSV: {@code in-preparation}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<PlanStatus> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    /** "in-preparation, submitted, published or superseded", for messages. */
    static String allowed() {
        String all = Arrays.stream(values()).map(PlanStatus::id).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
