package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.application.notification.EmailOutbox;

import eu.flightclaim.claims.domain.model.identity.SecretTokens;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passenger sign-in by magic link. A request always looks the same from outside (the work runs
 * asynchronously); the link carries 256 random bits of which only the SHA-256 is stored; it is valid
 * 15 minutes and spent by one POST (a mail scanner's GET does not spend it). The first sign-in
 * creates the customer.
 */
@Stateless
public class MagicLinkService {

    public static final Duration VALIDITY = Duration.ofMinutes(15);
    public static final String TEMPLATE = "magic-link";
    public static final String REFUSED = "This sign-in link is not valid: it may have expired or been used already."
            + " Please ask for a new one.";
    static final List<String> CUSTOMER_GROUPS = List.of("customer");

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;
    @EJB
    private EmailOutbox outbox;
    @EJB
    private SessionService sessions;
    @Inject
    @ConfigProperty(name = "FC_PUBLIC_BASE_URL", defaultValue = "http://localhost:8080")
    private String publicBaseUrl;

    /**
     * Writes a link for {@code email} and queues its email. Asynchronous, so the caller's answer and
     * its timing are the same for every address.
     */
    @Asynchronous
    public void request(String email, boolean invalidatePrevious, String ip) {
        String address = email.trim();
        if (invalidatePrevious) {
            em.createNativeQuery("UPDATE magic_link_token SET used_at = now() WHERE lower(email) = ? AND used_at IS NULL")
                    .setParameter(1, address.toLowerCase(Locale.ROOT)).executeUpdate();
        }
        String token = SecretTokens.newToken();
        em.createNativeQuery("INSERT INTO magic_link_token (token_hash, email, expires_at, requested_ip)"
                        + " VALUES (?, ?, now() + (? * interval '1 second'), ?)")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, address)
                .setParameter(3, VALIDITY.toSeconds()).setParameter(4, ip).executeUpdate();
        outbox.queue(TEMPLATE, address, Map.of("link", publicBaseUrl.replaceAll("/$", "") + "/login/verify?token=" + token,
                "minutes", VALIDITY.toMinutes()));
    }

    /** Spends a link: a session for the customer (created on first sign-in), or one refusal for every failure. */
    @SuppressWarnings("unchecked")
    public SessionService.TokenPair verify(String token, String userAgent, String ip) {
        if (!SecretTokens.looksLikeToken(token)) {
            throw new AuthenticationFailedException(REFUSED);
        }
        List<String> spent = em.createNativeQuery("UPDATE magic_link_token SET used_at = now()"
                        + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > now() RETURNING email")
                .setParameter(1, SecretTokens.hash(token)).getResultList();
        if (spent.isEmpty()) {
            throw new AuthenticationFailedException(REFUSED);
        }
        String email = spent.get(0);
        UUID customer = (UUID) em.createNativeQuery("""
                INSERT INTO customer (id, email, last_login_at) VALUES (?, ?, now())
                ON CONFLICT (lower(email)) DO UPDATE SET last_login_at = now()
                RETURNING id
                """).setParameter(1, UUID.randomUUID()).setParameter(2, email).getSingleResult();
        return sessions.open(customer.toString(), email, CUSTOMER_GROUPS, userAgent, ip);
    }
}
