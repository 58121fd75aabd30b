package org.atlas1540.server.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page of an API list in the events API's envelope: {@code items}, {@code page} ({@code number},
 * {@code size}, {@code totalItems}, {@code totalPages}) and {@code links} ({@code self},
 * {@code previous}, {@code next}; null at either end).
 */
public record ApiPage<T>(List<T> items, Info page, PageLinks links) {

    public record Info(int number, int size, long totalItems, long totalPages) {
    }

    public record PageLinks(String self, String previous, String next) {
    }

    public static <S, T> ApiPage<T> of(List<S> items, PageRequest request, long total, Function<S, T> toJson) {
        long pages = Math.max(1, (total + request.size() - 1) / request.size());
        var here = ServletUriComponentsBuilder.fromCurrentRequest();
        var links = new PageLinks(here.build().toUriString(),
                request.number() > 1 ? here.replaceQueryParam("page", request.number() - 1).build().toUriString()
                        : null,
                request.number() < pages ? here.replaceQueryParam("page", request.number() + 1).build().toUriString()
                        : null);
        return new ApiPage<>(items.stream().map(toJson).toList(),
                new Info(request.number(), request.size(), total, pages), links);
    }
}
