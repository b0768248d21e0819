package eu.flightclaim.claims.application.notification;

import eu.flightclaim.claims.domain.model.notification.RenderedEmail;
import jakarta.mail.MessagingException;

/** Sends one email now (SMTP through the server's mail session: {@code infrastructure.mail.SmtpMailer}). */
public interface Mailer {

    /**
     * {@code messageId}: the email's own Message-ID, the same on every attempt, so that a second
     * delivery after an interrupted send is the same message to the recipient's mail client;
     * {@code requestId}: the request that queued it, sent as its X-Request-Id header (none when null).
     */
    void send(String recipient, RenderedEmail email, String messageId, String requestId) throws MessagingException;
}
