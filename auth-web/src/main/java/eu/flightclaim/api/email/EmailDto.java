package eu.flightclaim.api.email;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Email", description = "An email in the outbox and how its delivery went")
public class EmailDto {

    @Schema(example = "17")
    public long id;
    @Schema(example = "test-email")
    public String template;
    @Schema(example = "ada@example.com")
    public String recipient;
    @Schema(description = "PENDING, SENDING, SENT or FAILED", example = "SENT")
    public String status;
    @Schema(description = "Send attempts made", example = "1")
    public int attempts;
    @Schema(description = "Why the last attempt failed")
    public String lastError;
    @Schema(type = SchemaType.STRING, format = "date-time")
    public OffsetDateTime createdAt;
    @Schema(type = SchemaType.STRING, format = "date-time")
    public OffsetDateTime nextAttemptAt;
    @Schema(type = SchemaType.STRING, format = "date-time")
    public OffsetDateTime sentAt;
    @Schema(description = "Rendered subject (once rendered)")
    public String subject;
    @Schema(description = "Rendered plain-text body (in single-email responses)")
    public String bodyText;
    @Schema(description = "Rendered HTML body (in single-email responses)")
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
