package eu.flightclaim.claims.domain.model;

import java.util.Optional;

/** A reference table whose rows are known by a code: one looked up, or a page found by prefix. */
public interface CodedRows<T> {

    /** The row with this code (any case). */
    Optional<T> find(String code);

    /** Rows whose code or text starts with {@code query} (all when blank), the exact code first, then by code. */
    Slice<T> search(String query, int page, int size);
}
