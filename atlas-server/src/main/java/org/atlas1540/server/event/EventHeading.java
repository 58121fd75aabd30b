package org.atlas1540.server.event;

import java.time.LocalDate;

/** An event as another module shows it in a link: its slug, title and dates. */
public record EventHeading(String slug, String title, LocalDate startDate, LocalDate endDate) {

    public String titleOrPlaceholder() {
        return EventText.titleOrPlaceholder(title);
    }

    /** "9–10 May 2013", or "Date not given". */
    public String dates() {
        return EventText.dates(startDate, endDate);
    }
}
