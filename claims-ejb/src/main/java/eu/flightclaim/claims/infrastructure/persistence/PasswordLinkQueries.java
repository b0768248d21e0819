package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.staff.PasswordLinkRepository;
import eu.flightclaim.claims.domain.model.staff.PasswordLinkRepository.PasswordLink;
import eu.flightclaim.claims.domain.model.staff.PasswordLinkRepository.Purpose;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Password links as SQL: their expiry is set and checked by the database's clock, so every instance
 * agrees on it. Runs in the caller's transaction.
 */
@ApplicationScoped
public class PasswordLinkQueries extends PersistenceAdapter implements PasswordLinkRepository {

    /** SQL: expires_at by the database's clock. */
    @Override
    public void add(String tokenHash, long staffAccountId, Purpose purpose, Duration validity) {
        em.createNativeQuery("INSERT INTO staff_password_token (token_hash, staff_account_id, purpose, expires_at)"
                        + " VALUES (?, ?, ?, now() + (? * interval '1 second'))")
                .setParameter(1, tokenHash).setParameter(2, staffAccountId).setParameter(3, purpose.name())
                .setParameter(4, validity.toSeconds()).executeUpdate();
    }

    /** SQL: validity by the database's clock, and FOR UPDATE so two uses of one link wait for each other. */
    @Override
    public Optional<PasswordLink> lockValid(String tokenHash) {
        List<?> rows = em.createNativeQuery("SELECT t.staff_account_id, t.purpose FROM staff_password_token t"
                + " WHERE t.token_hash = ? AND t.used_at IS NULL AND t.expires_at > now() FOR UPDATE")
                .setParameter(1, tokenHash).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new PasswordLink(((Number) r[0]).longValue(), Purpose.valueOf((String) r[1]))).findFirst();
    }

    /** SQL: used_at by the database's clock. */
    @Override
    public void markUsed(String tokenHash) {
        em.createNativeQuery("UPDATE staff_password_token SET used_at = now() WHERE token_hash = ?")
                .setParameter(1, tokenHash).executeUpdate();
    }
}
