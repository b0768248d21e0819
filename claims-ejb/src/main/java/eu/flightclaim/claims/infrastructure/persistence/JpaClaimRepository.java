package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.claim.Claim;
import eu.flightclaim.claims.domain.model.claim.ClaimEvent;
import eu.flightclaim.claims.domain.model.claim.ClaimMessage;
import eu.flightclaim.claims.domain.model.claim.ClaimRecorded;
import eu.flightclaim.claims.domain.model.claim.ClaimRepository;
import eu.flightclaim.claims.domain.model.claim.DocumentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Claims in PostgreSQL through JPA; a few statements stay SQL where the database's own features do the work. */
@ApplicationScoped
public class JpaClaimRepository extends PersistenceAdapter implements ClaimRepository {

    /** EclipseLink's hint: rows changed by SQL in this transaction are read afresh, not from the context. */
    private static final String REFRESH = "eclipselink.refresh";

    /** Observed when the transaction commits (the operators' counts: submitted, moved, decided). */
    @Inject
    private Event<ClaimRecorded> recorded;

    @Override
    public String nextReference() {
        // SQL: a database sequence numbers claims across every instance
        return (String) em.createNativeQuery("SELECT 'FC-' || extract(year from now())::int || '-'"
                + " || lpad(nextval('claim_reference_seq')::text, 6, '0')").getSingleResult();
    }

    @Override
    public Optional<Claim> find(UUID id) {
        // an anonymised claim is statistics only: nobody works on it
        return Optional.ofNullable(em.find(Claim.class, id)).filter(c -> !c.anonymised());
    }

    @Override
    public Optional<Claim> findForChange(UUID id) {
        return Optional.ofNullable(em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE)).filter(c -> !c.anonymised());
    }

    @Override
    public void add(Claim claim) {
        em.persist(claim);
        em.flush(); // the claim's row first: its history entries refer to it
        store(claim);
    }

    @Override
    public void store(Claim claim) {
        // one at a time: the history is ordered by time, then by id, so entries must be numbered in order
        for (var entry : claim.takeRecorded()) {
            em.persist(entry);
            em.flush();
            if (recorded != null) { // null in the repository tests, outside the container
                recorded.fire(new ClaimRecorded(claim.regime(), claim.createdAt(), entry));
            }
        }
        em.flush(); // written now, not at commit: a refusal (a flight key taken meanwhile) reaches the caller
    }

    @Override
    public Optional<KeyHolder> holderOf(String flightKey, UUID except) {
        var holders = em.createQuery("SELECT c.customerId, c.reference FROM Claim c JOIN c.flightKeys k WHERE k = :key"
                + (except == null ? "" : " AND c.id <> :except"), Object[].class).setParameter("key", flightKey);
        if (except != null) {
            holders.setParameter("except", except);
        }
        return holders.setMaxResults(1).getResultStream().findFirst().map(r -> new KeyHolder((UUID) r[0], (String) r[1]));
    }

    @Override
    public void add(ClaimMessage message) {
        em.persist(message);
        em.flush();
        em.refresh(message); // its time is the database's
    }

    @Override
    public void add(DocumentRequest request) {
        em.persist(request);
    }

    @Override
    public int answerRequests(UUID claim, String documentType) {
        // SQL: one conditional update on the database's clock, counting what it answered
        return em.createNativeQuery("UPDATE document_request SET answered_at = now() WHERE claim_id = ?"
                        + " AND (CAST(? AS VARCHAR) IS NULL OR document_type = ?) AND answered_at IS NULL")
                .setParameter(1, claim).setParameter(2, documentType).setParameter(3, documentType).executeUpdate();
    }

    @Override
    public long openRequests(UUID claim) {
        return em.createQuery("SELECT count(r) FROM DocumentRequest r WHERE r.claimId = :c AND r.answeredAt IS NULL",
                Long.class).setParameter("c", claim).getSingleResult();
    }

    @Override
    public void remindRequests(UUID claim) {
        // SQL: the database's clock, as for every other time of a request
        em.createNativeQuery("UPDATE document_request SET reminded_at = now() WHERE claim_id = ?"
                + " AND answered_at IS NULL AND reminded_at IS NULL").setParameter(1, claim).executeUpdate();
    }

    @Override
    public List<ClaimEvent> history(UUID claim, boolean everything) {
        return em.createQuery("SELECT e FROM ClaimEvent e WHERE e.claimId = :c"
                + (everything ? "" : " AND e.customerVisible = TRUE") + " ORDER BY e.at, e.id", ClaimEvent.class)
                .setParameter("c", claim).setHint(REFRESH, "TRUE").getResultList();
    }

    @Override
    public List<ClaimMessage> thread(UUID claim, boolean withInternal) {
        return em.createQuery("SELECT m FROM ClaimMessage m WHERE m.claimId = :c"
                + (withInternal ? "" : " AND m.internal = FALSE") + " ORDER BY m.at, m.id", ClaimMessage.class)
                .setParameter("c", claim).setHint(REFRESH, "TRUE").getResultList();
    }

    @Override
    public List<DocumentRequest> documentRequests(UUID claim) {
        return em.createQuery("SELECT r FROM DocumentRequest r WHERE r.claimId = :c ORDER BY r.requestedAt, r.id",
                DocumentRequest.class).setParameter("c", claim).setHint(REFRESH, "TRUE").getResultList();
    }
}
