package eu.flightclaim.files.infrastructure.persistence;

import eu.flightclaim.files.domain.model.document.DocumentRepository.StorageRef;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** SQL because the database's clock decides what is past the retention (make_interval has no JPQL). */
final class DocumentsDeletedBefore {

    private static final String SQL = "SELECT id, storage_key FROM document"
            + " WHERE deleted_at < now() - make_interval(secs => ?1) LIMIT ?2";

    private DocumentsDeletedBefore() {
    }

    static List<StorageRef> find(EntityManager em, Duration retention, int max) {
        List<?> rows = em.createNativeQuery(SQL).setParameter(1, retention.toSeconds()).setParameter(2, max)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new StorageRef((UUID) r[0], (String) r[1])).toList();
    }
}
