package org.atlas1540.server.visit;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where a country visit stands; {@link VisitLifecycle} says which status may follow which. */
public enum VisitStatus {
    PROPOSED("proposed", "Proposed"),
    REQUESTED("requested", "Requested"),
    SCHEDULED("scheduled", "Scheduled"),
    CONDUCTED("conducted", "Conducted"),
    DECLINED("declined", "Declined");

    private final String id;
    private final String label;

    VisitStatus(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** As stored, in the API and in CSV: {@code scheduled}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<VisitStatus> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    static String allowed() {
        return words(Arrays.asList(values()));
    }

    /** "scheduled or declined". */
    static String words(List<VisitStatus> statuses) {
        var ids = statuses.stream().map(VisitStatus::id).toList();
        if (ids.size() == 1) {
            return ids.get(0);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }
}
