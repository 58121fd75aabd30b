package org.atlas1540.server.event;

import java.util.function.Supplier;

/**
 * A value computed from all stored events (a count, a list of choices), kept until they change.
 * Requests that find it stale while it is being computed wait for that one computation instead of
 * starting their own. The version is read before the value, so a value can be newer than its version
 * (a note stored in between), never older: the next request then computes it again.
 */
final class PerDataVersion<T> {
    private record Entry<T>(DataVersion version, T value) {
    }

    private final Supplier<T> compute;
    private volatile Entry<T> entry;

    PerDataVersion(Supplier<T> compute) {
        this.compute = compute;
    }

    T get(DataVersion current) {
        Entry<T> kept = entry;
        if (kept != null && kept.version().equals(current)) {
            return kept.value();
        }
        synchronized (this) {
            kept = entry;
            if (kept == null || !kept.version().equals(current)) {
                kept = new Entry<>(current, compute.get());
                entry = kept;
            }
            return kept.value();
        }
    }
}
