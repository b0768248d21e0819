package eu.flightclaim.files.infrastructure.persistence;

import eu.flightclaim.files.domain.model.share.ShareLink;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL because the database's clock decides whether a link has expired (the same clock that stamps it). */
final class ShareLinkVisitQuery {

    private static final String SQL = "SELECT id, document_id, password_hash, expires_at < now(),"
            + " revoked_at IS NOT NULL, failed_passwords FROM share_link WHERE token_hash = ?1";

    private ShareLinkVisitQuery() {
    }

    static Optional<ShareLink.Visited> find(EntityManager em, String tokenHash) {
        List<?> rows = em.createNativeQuery(SQL).setParameter(1, tokenHash).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(r -> new ShareLink.Visited(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2],
                        (Boolean) r[3], (Boolean) r[4], ((Number) r[5]).intValue()));
    }
}
