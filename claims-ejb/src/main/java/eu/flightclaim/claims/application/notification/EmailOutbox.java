package eu.flightclaim.claims.application.notification;

import eu.flightclaim.claims.application.system.RequestIds;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.customer.CustomerRepository;
import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import eu.flightclaim.claims.domain.model.notification.EmailMessageRepository;
import eu.flightclaim.claims.domain.model.notification.EmailStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The email outbox: business code calls {@link #queue} inside its own transaction, so the email
 * exists exactly when the change that caused it commits. Staff list, read and resend emails here.
 */
@Stateless
public class EmailOutbox {

    public static final String TEST_TEMPLATE = "test-email";
    /**
     * Templates whose email carries a one-time secret (a sign-in, invitation or reset link): once
     * sent (or given up on) the secret is removed from the row, so the database never keeps a
     * usable link, and such an email cannot be resent: a new link is asked for instead.
     */
    public static final Set<String> ONE_TIME_SECRET_TEMPLATES = Set.of("magic-link", "staff-invitation",
            "staff-password-reset");
    private static final Jsonb JSON = JsonbBuilder.create();
    /** The emails a customer gets, written in the customer's language. */
    static final Set<String> CUSTOMER_TEMPLATES = Set.copyOf(EmailTemplateEngine.NAMES.stream()
            .filter(n -> n.startsWith("claim-") || n.equals("magic-link")).toList());

    @Inject
    private EmailMessageRepository messages;
    @EJB
    private EmailDispatch dispatchQueue;
    @Inject
    private EmailTemplateEngine templates;
    @Inject
    private CustomerRepository customers;

    /**
     * Writes the outbox row and its dispatch message, both bound to the caller's transaction. A
     * customer's email is in the language the customer chose; staff emails are in English.
     */
    public long queue(String template, String recipient, Map<String, Object> model) {
        return queue(template, recipient, null, model);
    }

    /** As {@link #queue(String, String, Map)}, in {@code language} when given (a sign-in link asked for in one). */
    public long queue(String template, String recipient, String language, Map<String, Object> model) {
        if (!templates.exists(template)) {
            throw new InvalidInputException("template", "Unknown email template '" + template + "'.");
        }
        String address = validAddress(recipient);
        String locale = language != null ? language
                : CUSTOMER_TEMPLATES.contains(template) ? customers.languageOf(address).orElse("en") : "en";
        EmailMessage message = new EmailMessage(template, address, locale, JSON.toJson(model), OffsetDateTime.now())
                .queuedBy(RequestIds.current());
        messages.add(message); // assigns the id the dispatch message carries
        dispatchQueue.enqueue(message.getId());
        return message.getId();
    }

    /** A test email through the whole pipeline, from the console's "send test email" form. */
    public long sendTestEmail(String recipient, String requestedBy) {
        return queue(TEST_TEMPLATE, recipient, Map.of("requestedBy", requestedBy == null ? "" : requestedBy,
                "requestedAt", OffsetDateTime.now().withNano(0).toString()));
    }

    public Optional<EmailMessage> find(long id) {
        return messages.find(id);
    }

    /** Newest first; {@code status} and {@code recipientPrefix} are optional filters. */
    public Page<EmailMessage> list(EmailStatus status, String recipientPrefix, int page, int size) {
        return Page.of(messages.list(status, recipientPrefix, page, size), page, size);
    }

    /** Puts an email back in the queue with fresh attempts; refused while it is being sent. */
    public EmailMessage resend(long id) {
        EmailMessage message = find(id).orElseThrow(() -> new NotFoundException("email", id));
        if (ONE_TIME_SECRET_TEMPLATES.contains(message.getTemplate())) {
            throw new StateConflictException("Email " + id + " carried a one-time link, which is not kept;"
                    + " ask for a new link instead.");
        }
        if (message.getStatus() == EmailStatus.SENDING) {
            throw new StateConflictException("Email " + id + " is being sent right now; try again in a moment.");
        }
        message.requeue(OffsetDateTime.now());
        dispatchQueue.enqueue(id);
        return message;
    }

    private static String validAddress(String recipient) {
        try {
            if (recipient == null || recipient.isBlank() || recipient.length() > 320) {
                throw new AddressException("empty or too long");
            }
            InternetAddress address = new InternetAddress(recipient.trim(), true);
            if (address.getPersonal() != null || !address.getAddress().contains("@")) {
                throw new AddressException("not a plain address");
            }
            return address.getAddress();
        } catch (AddressException e) {
            throw new InvalidInputException("recipient", "'" + recipient + "' is not a valid email address.");
        }
    }
}
