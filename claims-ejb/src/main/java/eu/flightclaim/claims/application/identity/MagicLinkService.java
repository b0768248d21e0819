package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.application.notification.EmailOutbox;
import eu.flightclaim.claims.application.system.OperationsMetrics;
import eu.flightclaim.claims.application.system.RequestIds;

import eu.flightclaim.claims.domain.model.customer.Customer;
import eu.flightclaim.claims.domain.model.customer.CustomerRepository;
import eu.flightclaim.claims.domain.model.identity.MagicLinkRepository;
import eu.flightclaim.claims.domain.model.identity.SecretTokens;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    @Inject
    private MagicLinkRepository links;
    @Inject
    private CustomerRepository customers;
    @EJB
    private EmailOutbox outbox;
    @EJB
    private SessionService sessions;
    @Inject
    @ConfigProperty(name = "FC_PUBLIC_BASE_URL", defaultValue = "http://localhost:8080")
    private String publicBaseUrl;

    /**
     * Writes a link for {@code email} and queues its email. Asynchronous, so the caller's answer and
     * its timing are the same for every address. The email is in {@code language} when given (the
     * language the person asked in), else in the customer's own.
     */
    @Inject
    private OperationsMetrics metrics;

    @Asynchronous
    public void request(String email, boolean invalidatePrevious, String ip, String language, String requestId) {
        RequestIds.within(requestId, () -> {
            String address = email.trim();
            if (invalidatePrevious) {
                links.spendAllOf(address.toLowerCase(Locale.ROOT));
            }
            String token = SecretTokens.newToken();
            links.add(SecretTokens.hash(token), address, VALIDITY, ip);
            outbox.queue(TEMPLATE, address, language, Map.of("link", publicBaseUrl.replaceAll("/$", "")
                    + "/login/verify?token=" + token, "minutes", VALIDITY.toMinutes()));
            metrics.magicLink(OperationsMetrics.MagicLink.REQUESTED);
        });
    }

    /** Spends a link: a session for the customer (created on first sign-in), or one refusal for every failure. */
    public SessionService.TokenPair verify(String token, String userAgent, String ip) {
        var email = SecretTokens.looksLikeToken(token) ? links.spend(SecretTokens.hash(token)) : Optional.<String>empty();
        if (email.isEmpty()) {
            metrics.magicLink(OperationsMetrics.MagicLink.REFUSED);
            throw new AuthenticationFailedException(REFUSED);
        }
        metrics.magicLink(OperationsMetrics.MagicLink.SPENT);
        Customer customer = customers.signedIn(email.get());
        return sessions.open(customer.getId().toString(), email.get(), CUSTOMER_GROUPS, userAgent, ip);
    }
}
