package org.atlas1540.server.importing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The outcomes of importing several files, and how many of each status. */
public record ImportSummary(List<ImportResult> results) {
    public ImportSummary {
        results = List.copyOf(results);
    }

    public int count(ImportStatus status) {
        return (int) results.stream().filter(r -> r.status() == status).count();
    }

    public List<ImportResult> failures() {
        return results.stream().filter(ImportResult::failed).toList();
    }

    /** "3 imported, 1 unchanged, 0 updated, 1 failed". */
    public String line() {
        Map<ImportStatus, Integer> counts = new EnumMap<>(ImportStatus.class);
        for (ImportStatus status : ImportStatus.values()) {
            counts.put(status, count(status));
        }
        return counts.get(ImportStatus.IMPORTED) + " imported, " + counts.get(ImportStatus.UNCHANGED) + " unchanged, "
                + counts.get(ImportStatus.UPDATED) + " updated, " + counts.get(ImportStatus.FAILED) + " failed";
    }
}
