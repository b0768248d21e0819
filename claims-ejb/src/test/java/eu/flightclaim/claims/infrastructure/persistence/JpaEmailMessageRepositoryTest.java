package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;

import static eu.flightclaim.claims.PersistenceUnit.inTransaction;
import static eu.flightclaim.claims.PersistenceUnit.inTransactionDo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import eu.flightclaim.claims.domain.model.Slice;
import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import eu.flightclaim.claims.domain.model.notification.EmailStatus;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outbox messages on the real schema: stored with an id at once, listed newest first by status and recipient. */
class JpaEmailMessageRepositoryTest {

    private static final String PREFIX = "m" + System.nanoTime() + "_";

    private static long add(String recipient) {
        return inTransaction(em -> {
            EmailMessage m = new EmailMessage("test-email", recipient, "{}", OffsetDateTime.now());
            on(em, new JpaEmailMessageRepository()).add(m);
            assertNotNull(m.getId(), "the id is known at once: the dispatch message carries it");
            return m.getId();
        });
    }

    private static Slice<EmailMessage> list(EmailStatus status, String prefix, int page, int size) {
        return inTransaction(em -> on(em, new JpaEmailMessageRepository()).list(status, prefix, page, size));
    }

    @Test
    void messagesAreListedNewestFirstByStatusAndRecipientPrefix() {
        long first = add(PREFIX + "ada@example.com");
        long second = add(PREFIX.toUpperCase() + "grace@example.com");
        assertEquals(List.of(second, first), list(null, PREFIX, 0, 10).items().stream().map(EmailMessage::getId).toList());
        assertEquals(2, list(EmailStatus.PENDING, PREFIX, 0, 1).total());
        assertEquals(1, list(EmailStatus.PENDING, PREFIX, 1, 1).items().size());
        assertEquals(0, list(EmailStatus.SENT, PREFIX, 0, 10).total());
        assertEquals(0, list(null, PREFIX.replace("_", "X"), 0, 10).total(), "LIKE wildcards are literal");
        assertEquals(EmailStatus.PENDING, inTransaction(em -> on(em, new JpaEmailMessageRepository()).find(first))
                .orElseThrow().getStatus());
    }
}
