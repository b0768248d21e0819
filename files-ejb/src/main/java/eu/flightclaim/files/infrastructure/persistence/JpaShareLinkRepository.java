package eu.flightclaim.files.infrastructure.persistence;

import eu.flightclaim.files.domain.model.share.ShareLink;
import eu.flightclaim.files.domain.model.share.ShareLinkRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Share links in JPA; counters move in single updates so that concurrent visits all count. */
@Stateless
@Local(ShareLinkRepository.class)
public class JpaShareLinkRepository extends PersistenceAdapter implements ShareLinkRepository {

    @Override
    public void add(ShareLink link) {
        em.persist(link);
        em.flush();
    }

    @Override
    public List<ShareLink> onDocument(UUID documentId) {
        return em.createQuery("SELECT s FROM ShareLink s WHERE s.documentId = :document ORDER BY s.createdAt DESC",
                ShareLink.class).setParameter("document", documentId).getResultList();
    }

    @Override
    public Optional<ShareLink.Visited> visit(String tokenHash) {
        return ShareLinkVisitQuery.find(em, tokenHash);
    }

    @Override
    public boolean revoke(UUID documentId, long id) {
        return em.createQuery("UPDATE ShareLink s SET s.revokedAt = CURRENT_TIMESTAMP"
                + " WHERE s.id = :id AND s.documentId = :document AND s.revokedAt IS NULL")
                .setParameter("id", id).setParameter("document", documentId).executeUpdate() == 1;
    }

    @Override
    public void countFailedPassword(long id) {
        em.createQuery("UPDATE ShareLink s SET s.failedPasswords = s.failedPasswords + 1 WHERE s.id = :id")
                .setParameter("id", id).executeUpdate();
    }

    @Override
    public void countUse(long id) {
        em.createQuery("UPDATE ShareLink s SET s.uses = s.uses + 1, s.lastUsedAt = CURRENT_TIMESTAMP WHERE s.id = :id")
                .setParameter("id", id).executeUpdate();
    }
}
