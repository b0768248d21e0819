package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** SQL because the database's clock decides how long a document has waited (make_interval has no JPQL). */
final class DocumentsWaitingForScan {

    private static final String SQL = "SELECT id FROM document WHERE status = 'SCANNING'"
            + " AND uploaded_at < now() - make_interval(secs => ?1) ORDER BY uploaded_at LIMIT ?2";

    private DocumentsWaitingForScan() {
    }

    static List<UUID> find(EntityManager em, Duration waiting, int max) {
        List<?> rows = em.createNativeQuery(SQL).setParameter(1, waiting.toSeconds()).setParameter(2, max)
                .getResultList();
        return rows.stream().map(UUID.class::cast).toList();
    }
}
