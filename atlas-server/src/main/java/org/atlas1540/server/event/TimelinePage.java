package org.atlas1540.server.event;

import java.util.List;

/**
 * One page of a State's or an organisation's events, newest first.
 *
 * @param number the page number, from 1
 * @param size   events per page
 * @param total  how many events there are on all pages
 */
public record TimelinePage(List<EventInvolvement> events, int number, int size, long total) {
    /** Events per page on the State and organisation pages: the whole record is in the events list. */
    public static final int SIZE = 50;

    public TimelinePage {
        events = List.copyOf(events);
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    public long firstShown() {
        return events.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    public long lastShown() {
        return (long) (number - 1) * size + events.size();
    }

    /**
     * The page a request asks for: a whole number from 1, anything else the first page; past the last
     * page, the last.
     */
    static int requested(String page, long total, int size) {
        int last = (int) Math.max(1, (total + size - 1) / size);
        if (page == null || !page.strip().matches("\\d{1,7}")) {
            return 1;
        }
        return Math.min(Math.max(1, Integer.parseInt(page.strip())), last);
    }
}
