package org.atlas1540.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar text of a feed, without a server. */
class EventCalendarTest {

    @Test
    void eachEntryIsStampedWithTheTimeTheFeedWasMadeAndAnEventWithoutADateIsLeftOut() {
        var entries = List.of(
                new CalendarEntry("2013-05-09-belgrade", "Regional Workshop", "workshop", LocalDate.of(2013, 5, 9),
                        LocalDate.of(2013, 5, 10), "Belgrade, Serbia"),
                new CalendarEntry("undated-meeting", "A meeting without a date", "meeting", null, null, null));

        String calendar = EventCalendar.of("Atlas 1540: events", entries, Instant.parse("2030-01-02T03:04:05Z"));

        assertThat(calendar).contains("DTSTAMP:20300102T030405Z").contains("DTSTART;VALUE=DATE:20130509")
                .contains("DTEND;VALUE=DATE:20130511").contains("UID:2013-05-09-belgrade" + EventCalendar.UID_DOMAIN)
                .doesNotContain("undated-meeting");
    }
}
