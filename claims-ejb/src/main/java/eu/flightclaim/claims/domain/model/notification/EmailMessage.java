package eu.flightclaim.claims.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** One email in the outbox: what to render for whom, and how its delivery went. */
@Entity
@Table(name = "email_outbox")
public class EmailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "template", nullable = false)
    private String template;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "locale", nullable = false)
    private String locale = "en";

    @Column(name = "model_json", nullable = false)
    private String modelJson = "{}";

    @Column(name = "subject")
    private String subject;

    @Column(name = "body_text")
    private String bodyText;

    @Column(name = "body_html")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private EmailStatus status = EmailStatus.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    /** Set at the first send (OutboxDelivery.claim); a resend is a new message. */
    @Column(name = "message_id")
    private String messageId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    /** The request that queued it (its X-Request-Id header); null when queued outside a request. */
    @Column(name = "request_id", updatable = false)
    private String requestId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected EmailMessage() {
    }

    public EmailMessage(String template, String recipient, String modelJson, OffsetDateTime now) {
        this(template, recipient, "en", modelJson, now);
    }

    /** An email in a language (ISO 639-1): its template's text in that language, English where there is none. */
    public EmailMessage(String template, String recipient, String locale, String modelJson, OffsetDateTime now) {
        this.template = template;
        this.locale = locale;
        this.recipient = recipient;
        this.modelJson = modelJson;
        this.createdAt = now;
        this.updatedAt = now;
        this.nextAttemptAt = now;
    }

    /** Ties the email to the request that queued it. */
    public EmailMessage queuedBy(String requestId) {
        this.requestId = requestId;
        return this;
    }

    public String getRequestId() {
        return requestId;
    }

    /** Puts a failed (or sent) email back in the queue with a fresh set of attempts. */
    public void requeue(OffsetDateTime now) {
        status = EmailStatus.PENDING;
        attempts = 0;
        lastError = null;
        messageId = null;
        nextAttemptAt = now;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getTemplate() {
        return template;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLocale() {
        return locale;
    }

    public String getModelJson() {
        return modelJson;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public EmailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
