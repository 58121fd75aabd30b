package org.atlas1540.server.event;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The events list's filters, from the query string; any of them may be absent.
 *
 * @param page the page number, from 1
 */
record EventFilter(
        @Min(1900) @Max(2100) Integer year,
        @Pattern(regexp = "[a-z-]{1,40}") String kind,
        @Pattern(regexp = "[A-Z]{3}") String state,
        @Min(1) @Max(100000) Integer page) {

    EventFilter {
        kind = blankToNull(kind);
        state = blankToNull(state);
    }

    static EventFilter none() {
        return new EventFilter(null, null, null, null);
    }

    int pageNumber() {
        return page == null ? 1 : page;
    }

    /** The same filters without the page: a new filter starts again at page 1. */
    EventFilter firstPage() {
        return new EventFilter(year, kind, state, null);
    }

    boolean isActive() {
        return year != null || kind != null || state != null;
    }

    /** The address of another page of the same results. */
    public String link(long toPage) {
        var uri = UriComponentsBuilder.fromPath("/events");
        if (year != null) {
            uri.queryParam("year", year);
        }
        if (kind != null) {
            uri.queryParam("kind", kind);
        }
        if (state != null) {
            uri.queryParam("state", state);
        }
        if (toPage > 1) {
            uri.queryParam("page", toPage);
        }
        return uri.encode().build().toUriString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
