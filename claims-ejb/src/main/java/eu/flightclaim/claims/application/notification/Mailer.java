package eu.flightclaim.claims.application.notification;

import eu.flightclaim.claims.domain.model.notification.RenderedEmail;
import jakarta.mail.MessagingException;

/** Sends one email now (SMTP through the server's mail session: {@code infrastructure.mail.SmtpMailer}). */
public interface Mailer {

    /** {@code requestId}: the request that queued it, sent as its X-Request-Id header (none when null). */
    void send(String recipient, RenderedEmail email, String requestId) throws MessagingException;
}
