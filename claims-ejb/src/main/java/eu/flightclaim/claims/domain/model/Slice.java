package eu.flightclaim.claims.domain.model;

import java.util.List;
import java.util.function.Function;

/**
 * Part of a longer list and the list's total: what repositories return for a page, so that neither
 * the domain nor the persistence adapters depend on the application's {@code Page}.
 */
public record Slice<T>(List<T> items, long total) {

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), total);
    }
}
