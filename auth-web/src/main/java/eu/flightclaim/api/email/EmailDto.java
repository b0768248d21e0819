package eu.flightclaim.api.email;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Email", description = "An email in the outbox and how its delivery went")
public class EmailDto {

    @Schema(type = SchemaType.INTEGER, format = "int64", description = "The email's id in the outbox",
            example = "17")
    public long id;
    @Schema(description = "The template it is rendered from, such as claim-submitted, magic-link or test-email",
            example = "test-email")
    public String template;
    @Schema(description = "The address it goes to", example = "ada@example.com")
    public String recipient;
    @Schema(description = "PENDING (waiting for its next attempt), SENDING (being sent now), SENT (the mail server"
            + " took it) or FAILED (given up: attempts used up, not renderable, or a send interrupted; resend it)",
            example = "SENT",
            enumeration = {"PENDING", "SENDING", "SENT", "FAILED"})
    public String status;
    @Schema(description = "Send attempts made; a resend starts again from 0", example = "1")
    public int attempts;
    @Schema(description = "Why the last attempt failed; absent when none has, once sent, and after a resend",
            example = "MailConnectException: Couldn't connect to host, port: smtp.example.com, 587; timeout 10000"
                    + " <- ConnectException: Connection refused")
    public String lastError;
    @Schema(type = SchemaType.STRING, format = "date-time", description = "When it was queued",
            example = "2026-11-30T09:15:00Z")
    public OffsetDateTime createdAt;
    @Schema(type = SchemaType.STRING, format = "date-time",
            description = "While PENDING, when the next attempt is due; for other statuses it has no meaning",
            example = "2026-11-30T09:15:00Z")
    public OffsetDateTime nextAttemptAt;
    @Schema(type = SchemaType.STRING, format = "date-time", description = "When the mail server took it; absent until"
            + " then", example = "2026-11-30T09:15:02Z")
    public OffsetDateTime sentAt;
    @Schema(description = "The rendered subject; absent until an attempt has rendered it",
            example = "Flight Claim test email")
    public String subject;
    @Schema(description = "The rendered plain-text body: only in the answer for one email (getEmail), and only"
            + " once rendered. For an email that carried a one-time link, a note that it was not kept",
            example = "Hello,\n\nthis is a test email from Flight Claim.")
    public String bodyText;
    @Schema(description = "The rendered HTML body: only in the answer for one email (getEmail), and only once"
            + " rendered. For an email that carried a one-time link, a note that it was not kept",
            example = "<h1>Flight Claim test email</h1><p>This is a test email from Flight Claim.</p>")
    public String bodyHtml;

    static EmailDto summary(EmailMessage m) {
        EmailDto dto = new EmailDto();
        dto.id = m.getId();
        dto.template = m.getTemplate();
        dto.recipient = m.getRecipient();
        dto.status = m.getStatus().name();
        dto.attempts = m.getAttempts();
        dto.lastError = m.getLastError();
        dto.createdAt = m.getCreatedAt();
        dto.nextAttemptAt = m.getNextAttemptAt();
        dto.sentAt = m.getSentAt();
        dto.subject = m.getSubject();
        return dto;
    }

    static EmailDto full(EmailMessage m) {
        EmailDto dto = summary(m);
        dto.bodyText = m.getBodyText();
        dto.bodyHtml = m.getBodyHtml();
        return dto;
    }
}
