package eu.flightclaim.claims.domain.model.notification;

import eu.flightclaim.claims.domain.model.Slice;
import java.util.Optional;

/** The email outbox's messages as the application queues, lists and resends them. */
public interface EmailMessageRepository {

    /** Stores the message now, so its id is known. */
    void add(EmailMessage message);

    Optional<EmailMessage> find(long id);

    /** Newest first; {@code status} (when not null) and a recipient prefix (case-insensitive) narrow the list. */
    Slice<EmailMessage> list(EmailStatus status, String recipientPrefix, int page, int size);
}
