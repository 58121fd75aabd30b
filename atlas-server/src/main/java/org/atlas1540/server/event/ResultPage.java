package org.atlas1540.server.event;

import java.util.List;

/**
 * One page of results.
 *
 * @param number the page number, from 1
 * @param total  how many results there are on all pages
 */
record ResultPage<T>(List<T> items, int number, int size, long total) {
    ResultPage {
        items = List.copyOf(items);
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
        return items.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    public long lastShown() {
        return (long) (number - 1) * size + items.size();
    }
}
