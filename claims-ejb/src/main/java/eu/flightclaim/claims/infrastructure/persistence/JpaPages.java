package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.Slice;
import jakarta.persistence.TypedQuery;

/** Pages of JPA queries. */
final class JpaPages {

    private JpaPages() {
    }

    /** Page {@code page} of {@code items} (0-based) and the total {@code count} counts. */
    static <T> Slice<T> slice(TypedQuery<T> items, TypedQuery<Long> count, int page, int size) {
        // a page past 2^31 rows is empty, as the SQL OFFSET it replaces would have said
        int first = (int) Math.min((long) page * size, Integer.MAX_VALUE);
        return new Slice<>(items.setFirstResult(first).setMaxResults(size).getResultList(), count.getSingleResult());
    }
}
