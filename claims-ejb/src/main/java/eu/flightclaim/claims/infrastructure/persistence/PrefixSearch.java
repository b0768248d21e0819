package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.Slice;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;

/**
 * Case-insensitive prefix search over a code column and some text columns of a reference table,
 * the row whose code equals the query first, then other code matches, then the rest, by code.
 */
public final class PrefixSearch {

    private PrefixSearch() {
    }

    /** {@code text} lower-cased with LIKE's wildcards escaped, followed by {@code %}. */
    public static String likePrefix(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @SuppressWarnings("unchecked")
    public static <T> Slice<T> search(EntityManager em, Class<T> entity, String table, String codeColumn,
            List<String> textColumns, String query, int page, int size) {
        String exact = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        StringBuilder where = new StringBuilder(" WHERE lower(" + codeColumn + ") LIKE ?1");
        textColumns.forEach(c -> where.append(" OR lower(").append(c).append(") LIKE ?1"));
        String prefix = likePrefix(query);
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + where)
                .setParameter(1, prefix).getSingleResult()).longValue();
        List<T> items = em.createNativeQuery("SELECT * FROM " + table + where + " ORDER BY CASE WHEN lower(" + codeColumn
                        + ") = ?2 THEN 0 WHEN lower(" + codeColumn + ") LIKE ?1 THEN 1 ELSE 2 END, " + codeColumn
                        + " OFFSET ?3 LIMIT ?4", entity)
                .setParameter(1, prefix).setParameter(2, exact).setParameter(3, (long) page * size).setParameter(4, size)
                .getResultList();
        return new Slice<>(items, total);
    }
}
