package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.identity.MagicLinkRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Magic links as SQL: valid and spent by the database's clock. Runs in the caller's transaction. */
@ApplicationScoped
public class MagicLinkQueries extends PersistenceAdapter implements MagicLinkRepository {

    /** SQL: used_at by the database's clock. */
    @Override
    public void spendAllOf(String lowerCaseEmail) {
        em.createNativeQuery("UPDATE magic_link_token SET used_at = now() WHERE lower(email) = ? AND used_at IS NULL")
                .setParameter(1, lowerCaseEmail).executeUpdate();
    }

    /** SQL: expires_at by the database's clock. */
    @Override
    public void add(String tokenHash, String email, Duration validity, String requestedIp) {
        em.createNativeQuery("INSERT INTO magic_link_token (token_hash, email, expires_at, requested_ip)"
                        + " VALUES (?, ?, now() + (? * interval '1 second'), ?)")
                .setParameter(1, tokenHash).setParameter(2, email).setParameter(3, validity.toSeconds())
                .setParameter(4, requestedIp).executeUpdate();
    }

    /** SQL: a conditional update with RETURNING spends a link once, even when two requests race with it. */
    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> spend(String tokenHash) {
        List<String> emails = em.createNativeQuery("UPDATE magic_link_token SET used_at = now()"
                        + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > now() RETURNING email")
                .setParameter(1, tokenHash).getResultList();
        return emails.stream().findFirst();
    }
}
