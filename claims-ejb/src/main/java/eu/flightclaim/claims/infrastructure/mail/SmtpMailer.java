package eu.flightclaim.claims.infrastructure.mail;

import eu.flightclaim.claims.application.notification.Mailer;

import eu.flightclaim.claims.domain.model.notification.RenderedEmail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Sends rendered emails (text and HTML alternatives) through the server's mail session. */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    /** JNDI name of the mail session the EAR expects the server to provide. */
    public static final String MAIL_SESSION = "mail/flightclaim";

    @Resource(lookup = MAIL_SESSION)
    private Session session;

    public void send(String recipient, RenderedEmail email, String messageId, String requestId) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // ours, not a new one per attempt
            }
        };
        if (requestId != null) {
            message.setHeader("X-Request-Id", requestId);
        }
        message.setFrom(); // the session's mail.from, set by the server resource (FC_MAIL_FROM)
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(email.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text); // least preferred first (RFC 2046)
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
        Transport.send(message);
    }

    /** Opens and closes an SMTP connection: the readiness check of the mail dependency. */
    public void probe() throws MessagingException {
        try (Transport transport = session.getTransport()) {
            transport.connect();
        }
    }
}
