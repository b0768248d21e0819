package eu.flightclaim.files.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL because UPDATE … RETURNING revokes and says for which document in one statement. */
final class ShareLinkRevocation {

    private static final String SQL = "UPDATE share_link SET revoked_at = now() WHERE id = ?1 AND revoked_at IS NULL"
            + " RETURNING document_id";

    private ShareLinkRevocation() {
    }

    /** The document of the link, or empty when no active link has this id. */
    static Optional<UUID> revoke(EntityManager em, long id) {
        List<?> rows = em.createNativeQuery(SQL).setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(UUID.class::cast);
    }
}
