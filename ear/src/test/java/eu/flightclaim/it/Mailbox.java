package eu.flightclaim.it;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What the test SMTP server (GreenMail) received, per recipient. */
public final class Mailbox {

    private Mailbox() {
    }

    /** Every message to {@code recipient}, oldest first. */
    public static List<MimeMessage> to(String recipient) {
        return Arrays.stream(IntegrationStack.mail().received()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(recipient));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    /** Waits for message number {@code index} (from 0) to {@code recipient}. */
    public static MimeMessage await(String recipient, int index) {
        return Await.until("email " + index + " to " + recipient, Duration.ofSeconds(30), () -> {
            List<MimeMessage> mails = to(recipient);
            return mails.size() > index ? mails.get(index) : null;
        });
    }

    /** Waits for a message to {@code recipient} with this subject (emails go out asynchronously, in any order). */
    public static MimeMessage awaitSubject(String recipient, String subject) {
        return Await.until("email '" + subject + "' to " + recipient, Duration.ofSeconds(30), () -> to(recipient).stream()
                .filter(m -> {
                    try {
                        return subject.equals(m.getSubject());
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElse(null));
    }

    /** Waits for a message to {@code recipient} whose plain text contains {@code fragment}. */
    public static MimeMessage awaitText(String recipient, String fragment) {
        return Await.until("email with '" + fragment + "' to " + recipient, Duration.ofSeconds(30), () -> to(recipient)
                .stream().filter(m -> {
                    try {
                        return text(m).contains(fragment);
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElse(null));
    }

    /** The plain-text alternative of one of our emails. */
    public static String text(MimeMessage mail) throws Exception {
        return (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
    }
}
