package org.atlas1540.server.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page of an API list as JSON, in the envelope the events API uses: {@code items}, {@code page}
 * ({@code number}, {@code size}, {@code totalItems}, {@code totalPages}) and {@code links} to this
 * page and the pages before and after it (null at either end).
 */
public record ApiPage<T>(List<T> items, Info page, PageLinks links) {

    public record Info(int number, int size, long totalItems, long totalPages) {
    }

    public record PageLinks(String self, String previous, String next) {
    }

    public static <T, R> ApiPage<R> of(ListPage<T> page, Function<T, R> toJson) {
        var here = ServletUriComponentsBuilder.fromCurrentRequest();
        var links = new PageLinks(here.build().toUriString(),
                page.hasPrevious() ? here.replaceQueryParam("page", page.number() - 1).build().toUriString() : null,
                page.hasNext() ? here.replaceQueryParam("page", page.number() + 1).build().toUriString() : null);
        return new ApiPage<>(page.items().stream().map(toJson).toList(),
                new Info(page.number(), page.size(), page.total(), page.pages()), links);
    }
}
