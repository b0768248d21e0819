package eu.flightclaim.claims.application;

import eu.flightclaim.claims.domain.model.Slice;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total the list has. Pages count from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {

    /** Page {@code page} of {@code size} items, as a repository returned it. */
    public static <T> Page<T> of(Slice<T> slice, int page, int size) {
        return new Page<>(slice.items(), slice.total(), page, size);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
