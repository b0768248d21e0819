package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * SQL because the column is not the entity's (nothing but housekeeping reads it) and the stamp is the
 * database's clock: the documents read back longest ago (never first), and marking one read back.
 */
final class DocumentVerificationQueue {

    private static final String NEXT = "SELECT id FROM document WHERE deleted_at IS NULL"
            + " ORDER BY verified_at NULLS FIRST, uploaded_at LIMIT ?1";
    private static final String MARK = "UPDATE document SET verified_at = now() WHERE id = ?1";

    private DocumentVerificationQueue() {
    }

    static List<UUID> next(EntityManager em, int max) {
        return em.createNativeQuery(NEXT).setParameter(1, max).getResultList().stream().map(UUID.class::cast).toList();
    }

    static void markVerified(EntityManager em, UUID id) {
        em.createNativeQuery(MARK).setParameter(1, id).executeUpdate();
    }
}
