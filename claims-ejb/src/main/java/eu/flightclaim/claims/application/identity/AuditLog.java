package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.application.Page;

import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import eu.flightclaim.claims.infrastructure.persistence.SqlValues;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The audit trail: recorded in the same transaction as the change it describes. */
@Stateless
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** One recorded action. */
    public record Entry(long id, OffsetDateTime at, String actor, String action, String target, String before,
            String after) {
    }

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;

    public void record(String actor, String action, String target, Object before, Object after) {
        em.createNativeQuery("INSERT INTO audit_log (actor, action, target, before_json, after_json) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, actor).setParameter(2, action).setParameter(3, target)
                .setParameter(4, before == null ? null : JSON.toJson(before))
                .setParameter(5, after == null ? null : JSON.toJson(after)).executeUpdate();
    }

    /** Newest first; actor and target are case-insensitive exact matches, from/to bound the time. */
    @SuppressWarnings("unchecked")
    public Page<Entry> find(String actor, String target, OffsetDateTime from, OffsetDateTime to, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" AND lower(actor) = lower(?)");
            params.add(actor.trim());
        }
        if (target != null && !target.isBlank()) {
            where.append(" AND lower(target) = lower(?)");
            params.add(target.trim());
        }
        if (from != null) {
            where.append(" AND at >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" AND at < ?");
            params.add(to);
        }
        var count = em.createNativeQuery("SELECT count(*) FROM audit_log" + where);
        var items = em.createNativeQuery("SELECT id, at, actor, action, target, before_json, after_json FROM audit_log"
                + where + " ORDER BY at DESC, id DESC OFFSET " + (long) page * size + " LIMIT " + size);
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            items.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = items.getResultList();
        return new Page<>(rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), SqlValues.offsetDateTime(r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6])).toList(),
                ((Number) count.getSingleResult()).longValue(), page, size);
    }
}
