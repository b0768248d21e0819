package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * SQL because ON CONFLICT DO NOTHING reports each missing or damaged object once per document (a
 * partial unique index per kind), whatever runs at the same time.
 */
final class ObjectProblemReport {

    private static final String SQL = "INSERT INTO storage_finding (kind, storage_key, document_id, detail)"
            + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING";

    private ObjectProblemReport() {
    }

    /** Whether it is newly reported. */
    static boolean insert(EntityManager em, String kind, String storageKey, UUID documentId, String detail) {
        return em.createNativeQuery(SQL).setParameter(1, kind).setParameter(2, storageKey).setParameter(3, documentId)
                .setParameter(4, detail).executeUpdate() == 1;
    }
}
