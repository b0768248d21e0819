package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/** SQL because ON CONFLICT DO NOTHING reports each missing object once, whatever runs at the same time. */
final class MissingObjectReport {

    private static final String SQL = "INSERT INTO storage_finding (kind, storage_key, document_id, detail)"
            + " VALUES ('MISSING_OBJECT', ?1, ?2, 'no object in storage') ON CONFLICT DO NOTHING";

    private MissingObjectReport() {
    }

    /** Whether it is newly reported. */
    static boolean insert(EntityManager em, String storageKey, UUID documentId) {
        return em.createNativeQuery(SQL).setParameter(1, storageKey).setParameter(2, documentId).executeUpdate() == 1;
    }
}
