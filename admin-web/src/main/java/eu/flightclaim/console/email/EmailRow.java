package eu.flightclaim.console.email;

import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** An outbox email as the console shows it. */
public record EmailRow(long id, String template, String recipient, String status, int attempts, String lastError,
        OffsetDateTime createdAt, OffsetDateTime sentAt, String subject, String bodyText, String bodyHtml)
        implements Serializable {

    static EmailRow of(EmailMessage m, boolean withBodies) {
        return new EmailRow(m.getId(), m.getTemplate(), m.getRecipient(), m.getStatus().name(), m.getAttempts(),
                m.getLastError(), m.getCreatedAt(), m.getSentAt(), m.getSubject(),
                withBodies ? m.getBodyText() : null, withBodies ? m.getBodyHtml() : null);
    }

    public boolean isFailed() {
        return "FAILED".equals(status);
    }
}
