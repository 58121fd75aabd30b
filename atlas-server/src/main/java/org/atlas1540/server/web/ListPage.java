package org.atlas1540.server.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list of records, for a page (pager) or the API ({@link ApiPage}).
 *
 * @param number the page number, from 1
 * @param total  how many records there are on all pages
 */
public record ListPage<T>(List<T> items, int number, int size, long total) {
    public ListPage {
        items = List.copyOf(items);
    }

    public static <T> ListPage<T> of(List<T> items, PageRequest request, long total) {
        return new ListPage<>(items, request.number(), request.size(), total);
    }

    public <R> ListPage<R> map(Function<T, R> mapper) {
        return new ListPage<>(items.stream().map(mapper).toList(), number, size, total);
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
