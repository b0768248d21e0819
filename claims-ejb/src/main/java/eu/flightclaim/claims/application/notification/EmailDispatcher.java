package eu.flightclaim.claims.application.notification;

import eu.flightclaim.claims.application.system.OperationsMetrics;
import eu.flightclaim.claims.domain.model.notification.OutboxDelivery;
import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import eu.flightclaim.claims.domain.model.notification.RetryPolicy;
import eu.flightclaim.claims.domain.model.notification.RenderedEmail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one outbox email: claim the row (commit), render and talk SMTP (no transaction held open
 * over the network), then record the outcome (commit). A failure is retried with back-off by a
 * delayed JMS message until the attempts run out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailDispatcher {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String REDACTED_TEXT = "(Not kept: this email carried a one-time link.)";

    @EJB
    private OutboxDelivery outbox;
    @EJB
    private EmailDispatch queue;
    @EJB
    private EmailTemplateCatalog templates;
    @Inject
    private Mailer mailer;
    @Inject
    private OperationsMetrics metrics;

    @Inject
    private RetryPolicy retries;
    @Inject
    @ConfigProperty(name = "FC_PUBLIC_BASE_URL", defaultValue = "http://localhost:8080")
    private String publicBaseUrl;

    public void dispatch(long emailId) {
        Optional<OutboxDelivery.Attempt> claimed = outbox.claim(emailId, newMessageId());
        if (claimed.isEmpty()) {
            return; // already sent, in flight elsewhere, or not due: a duplicate or early message
        }
        EmailMessage email = claimed.get().email();
        int attempt = claimed.get().number();
        RenderedEmail rendered;
        try {
            rendered = templates.render(email.getTemplate(), model(email), email.getLocale());
        } catch (RuntimeException e) {
            // a template that cannot render will not render on retry either
            outbox.markFailed(emailId, attempt, "Rendering failed: " + e.getMessage(), null, Optional.empty());
            metrics.emailDelivery(OperationsMetrics.EmailDelivery.FAILED);
            return;
        }
        boolean secret = EmailOutbox.ONE_TIME_SECRET_TEMPLATES.contains(email.getTemplate());
        RenderedEmail stored = secret
                ? new RenderedEmail(rendered.subject(), REDACTED_TEXT, "<p>" + REDACTED_TEXT + "</p>") : rendered;
        try {
            mailer.send(email.getRecipient(), rendered, claimed.get().messageId(), email.getRequestId());
            outbox.markSent(emailId, attempt, stored);
            metrics.emailDelivery(OperationsMetrics.EmailDelivery.SENT);
            if (secret) {
                outbox.redactModel(emailId);
            }
        } catch (Exception e) {
            Optional<Duration> retryIn = retries.delayAfter(attempt);
            outbox.markFailed(emailId, attempt, describe(e), stored, retryIn);
            if (secret && retryIn.isEmpty()) {
                outbox.redactModel(emailId);
            }
            retryIn.ifPresent(delay -> queue.enqueue(emailId, delay));
            metrics.emailDelivery(retryIn.isPresent() ? OperationsMetrics.EmailDelivery.RETRY_SCHEDULED
                    : OperationsMetrics.EmailDelivery.FAILED);
            LOG.warning(() -> "Email " + emailId + " attempt " + attempt + " failed: " + describe(e)
                    + retryIn.map(d -> "; retrying in " + d.toSeconds() + " s").orElse("; giving up"));
        }
    }

    /** A Message-ID for an email's first send: random (a restored database reuses row ids), our host. */
    private String newMessageId() {
        String host = URI.create(publicBaseUrl).getHost();
        return "<" + UUID.randomUUID() + "@" + (host == null ? "flightclaim.local" : host) + ">";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> model(EmailMessage email) {
        Map<String, Object> model = new HashMap<>(JSON.fromJson(email.getModelJson(), Map.class));
        model.putIfAbsent("baseUrl", publicBaseUrl);
        model.putIfAbsent("recipient", email.getRecipient());
        return model;
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(" <- ").append(c.getClass().getSimpleName()).append(": ").append(c.getMessage());
        }
        return sb.toString();
    }
}
