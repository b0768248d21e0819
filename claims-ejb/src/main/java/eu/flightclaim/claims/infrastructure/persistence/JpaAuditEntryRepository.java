package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.Slice;
import eu.flightclaim.claims.domain.model.audit.AuditEntry;
import eu.flightclaim.claims.domain.model.audit.AuditEntryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** The audit trail with JPA. Runs in the caller's transaction. */
@ApplicationScoped
public class JpaAuditEntryRepository extends PersistenceAdapter implements AuditEntryRepository {

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public Slice<AuditEntry> find(String actor, String target, OffsetDateTime from, OffsetDateTime to, int page,
            int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE = TRUE");
        Map<String, Object> params = new LinkedHashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" AND LOWER(e.actor) = LOWER(:actor)");
            params.put("actor", actor.trim());
        }
        if (target != null && !target.isBlank()) {
            where.append(" AND LOWER(e.target) = LOWER(:target)");
            params.put("target", target.trim());
        }
        if (from != null) {
            where.append(" AND e.at >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND e.at < :to");
            params.put("to", to);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        TypedQuery<AuditEntry> items = em.createQuery("SELECT e FROM AuditEntry e" + where
                + " ORDER BY e.at DESC, e.id DESC", AuditEntry.class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            items.setParameter(name, value);
        });
        return JpaPages.slice(items, count, page, size);
    }
}
