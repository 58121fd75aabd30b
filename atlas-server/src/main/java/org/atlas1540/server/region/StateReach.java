package org.atlas1540.server.region;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.atlas1540.reference.StateCode;

/**
 * A State of a region, and how events reached it.
 *
 * @param recent   events it took part in within the window
 * @param events   all events it took part in
 * @param lastDate the start of the latest dated one; null when none
 */
record StateReach(StateCode code, String name, int recent, int events, LocalDate lastDate) {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public boolean reached() {
        return recent > 0;
    }

    /** "9 May 2013"; "Never" when no event named it; "Date not given" when none of its events is dated. */
    public String lastEngagement() {
        if (lastDate != null) {
            return DATE.format(lastDate);
        }
        return events == 0 ? "Never" : "Date not given";
    }

    /** The date as ISO, for a {@code <time datetime>}; null when there is none. */
    public String lastDateIso() {
        return lastDate == null ? null : lastDate.toString();
    }
}
