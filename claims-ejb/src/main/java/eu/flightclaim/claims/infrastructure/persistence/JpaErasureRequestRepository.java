package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.privacy.ErasureRequest;
import eu.flightclaim.claims.domain.model.privacy.ErasureRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Erasure requests with JPA, in the caller's transaction. */
@ApplicationScoped
public class JpaErasureRequestRepository extends PersistenceAdapter implements ErasureRequestRepository {

    @Override
    public void add(ErasureRequest request) {
        em.persist(request);
        em.flush(); // the one-open-request index refuses a second now, not at commit
    }

    @Override
    public Optional<ErasureRequest> find(UUID id) {
        return Optional.ofNullable(em.find(ErasureRequest.class, id));
    }

    @Override
    public Optional<ErasureRequest> findForChange(UUID id) {
        return Optional.ofNullable(em.find(ErasureRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<ErasureRequest> latestOf(UUID customer) {
        return em.createQuery("SELECT r FROM ErasureRequest r WHERE r.customerId = :customer"
                + " ORDER BY r.requestedAt DESC", ErasureRequest.class).setParameter("customer", customer)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<ErasureRequest> list(int offset, int max) {
        long waiting = waiting();
        List<ErasureRequest> page = new ArrayList<>();
        if (offset < waiting) {
            page.addAll(em.createQuery("SELECT r FROM ErasureRequest r WHERE r.status = :waiting"
                    + " ORDER BY r.requestedAt, r.id", ErasureRequest.class)
                    .setParameter("waiting", ErasureRequest.Status.REQUESTED).setFirstResult(offset).setMaxResults(max)
                    .getResultList());
        }
        if (page.size() < max) {
            page.addAll(em.createQuery("SELECT r FROM ErasureRequest r WHERE r.status <> :waiting"
                    + " ORDER BY r.decidedAt DESC, r.id", ErasureRequest.class)
                    .setParameter("waiting", ErasureRequest.Status.REQUESTED)
                    .setFirstResult((int) Math.max(0, offset - waiting)).setMaxResults(max - page.size())
                    .getResultList());
        }
        return page;
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM ErasureRequest r", Long.class).getSingleResult();
    }

    @Override
    public long waiting() {
        return em.createQuery("SELECT COUNT(r) FROM ErasureRequest r WHERE r.status = :waiting", Long.class)
                .setParameter("waiting", ErasureRequest.Status.REQUESTED).getSingleResult();
    }
}
