package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.application.SqlStates;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.application.claim.IdempotencyKeys;
import eu.flightclaim.claims.application.claim.UnprocessableClaimException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.UUID;

/** Idempotency-Keys in SQL: an upsert under a lock timeout is what makes concurrent submissions wait on each other. */
@ApplicationScoped
public class SqlIdempotencyKeys extends PersistenceAdapter implements IdempotencyKeys {

    @Override
    public UUID reserve(UUID customer, String key, String requestHash, UUID claim) {
        int reserved;
        try {
            em.createNativeQuery("SET LOCAL lock_timeout = '5s'").executeUpdate();
            reserved = em.createNativeQuery("INSERT INTO idempotency_key (customer_id, key, request_hash, claim_id)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (customer_id, key) DO NOTHING").setParameter(1, customer)
                    .setParameter(2, key).setParameter(3, requestHash).setParameter(4, claim).executeUpdate();
            em.createNativeQuery("SET LOCAL lock_timeout = DEFAULT").executeUpdate();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.LOCK_NOT_AVAILABLE)) {
                throw StateConflictException.retryLater("A claim with this Idempotency-Key is still being submitted;"
                        + " ask again in a moment for its outcome.", 1);
            }
            throw e;
        }
        if (reserved == 1) {
            return null;
        }
        Object[] earlier = (Object[]) em.createNativeQuery("SELECT request_hash, claim_id,"
                + " created_at > now() - interval '24 hours' FROM idempotency_key WHERE customer_id = ? AND key = ?"
                + " FOR UPDATE").setParameter(1, customer).setParameter(2, key).getSingleResult();
        if (!Boolean.TRUE.equals(earlier[2])) { // older than a day: the key starts afresh
            em.createNativeQuery("UPDATE idempotency_key SET request_hash = ?, claim_id = ?, created_at = now()"
                    + " WHERE customer_id = ? AND key = ?").setParameter(1, requestHash).setParameter(2, claim)
                    .setParameter(3, customer).setParameter(4, key).executeUpdate();
            return null;
        }
        if (!requestHash.equals(earlier[0])) {
            throw new UnprocessableClaimException("This Idempotency-Key was used for a different claim.",
                    List.of("Use a new Idempotency-Key for a new claim."));
        }
        return (UUID) earlier[1];
    }
}
