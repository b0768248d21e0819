package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.PersistenceUnit.inTransaction;
import static eu.flightclaim.claims.PersistenceUnit.inTransactionDo;
import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import eu.flightclaim.claims.domain.model.notification.EmailStatus;
import eu.flightclaim.claims.domain.model.notification.OutboxDelivery.Attempt;
import eu.flightclaim.claims.domain.model.notification.OutboxDelivery.Interrupted;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox's delivery steps on the real schema: a send cut off by a dying instance, resumed or given up. */
class SqlOutboxDeliveryTest {

    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(2);
    private static final int MAX_ATTEMPTS = 3;
    private static final String MODEL = "{\"link\":\"https://flightclaim.example/login/verify#a-one-time-secret\"}";

    @Test
    void aCutOffSendWithAttemptsLeftIsDueAgainAtOnceWithTheSameMessageIdAndOnlyOnceItIsOldEnough() {
        long cutOff = queued("test-email");
        long going = queued("test-email");
        String messageId = claim(cutOff).orElseThrow().messageId();
        claim(going).orElseThrow();
        age(cutOff);

        List<Interrupted> resumed = resume();

        assertEquals(List.of(new Interrupted(cutOff, false)), mine(resumed, cutOff, going),
                "a send still going is left alone");
        Attempt again = claim(cutOff).orElseThrow();
        assertEquals(messageId, again.messageId(), "the same message, so a second delivery is not a second email");
        assertEquals(2, again.number());
        assertTrue(claim(going).isEmpty());
    }

    @Test
    void aSendCutOffOnItsLastAttemptIsGivenUpLikeAFailedLastAttemptSoThatASendThatKeepsDyingEnds() {
        long id = queued("magic-link");
        for (int attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
            assertEquals(attempt, claim(id).orElseThrow().number());
            age(id);
            assertEquals(List.of(new Interrupted(id, false)), mine(resume(), id));
            assertEquals(MODEL, inTransaction(em -> em.find(EmailMessage.class, id)).getModelJson(),
                    "still to be sent: the link stays");
        }
        assertEquals(MAX_ATTEMPTS, claim(id).orElseThrow().number());
        age(id);

        assertEquals(List.of(new Interrupted(id, true)), mine(resume(), id));

        EmailMessage row = inTransaction(em -> em.find(EmailMessage.class, id));
        assertEquals(EmailStatus.FAILED, row.getStatus());
        assertEquals(MAX_ATTEMPTS, row.getAttempts());
        assertTrue(row.getLastError().contains("last attempt"), row.getLastError());
        assertEquals("{\"redacted\":true}", row.getModelJson(), "the sign-in link removed with the give-up");
        assertTrue(claim(id).isEmpty(), "never claimed again");
        assertTrue(mine(resume(), id).isEmpty(), "nor resumed again");
    }

    @Test
    void anEmailWithoutASecretGivenUpKeepsItsModelSoThatStaffCanResendIt() {
        long id = queued("test-email");
        inTransactionDo(em -> em.createNativeQuery("UPDATE email_outbox SET attempts = ? WHERE id = ?")
                .setParameter(1, MAX_ATTEMPTS - 1).setParameter(2, id).executeUpdate());
        assertEquals(MAX_ATTEMPTS, claim(id).orElseThrow().number());
        age(id);

        assertEquals(List.of(new Interrupted(id, true)), mine(resume(), id));
        assertEquals(MODEL, inTransaction(em -> em.find(EmailMessage.class, id)).getModelJson());
    }

    @Test
    void nothingIsResumedBeforeItIsOldEnough() {
        long id = queued("test-email");
        claim(id).orElseThrow();
        assertTrue(mine(resume(), id).isEmpty());
        assertFalse(claim(id).isPresent(), "still SENDING: its instance may be talking SMTP");
    }

    private static long queued(String template) {
        return inTransaction(em -> {
            EmailMessage m = new EmailMessage(template, "ada@example.com", MODEL, OffsetDateTime.now());
            on(em, new JpaEmailMessageRepository()).add(m);
            return m.getId();
        });
    }

    private static Optional<Attempt> claim(long id) {
        return inTransaction(em -> on(em, new SqlOutboxDelivery())
                .claim(id, "<" + UUID.randomUUID() + "@flightclaim.test>"));
    }

    /** As if its instance had died three minutes ago. */
    private static void age(long id) {
        inTransactionDo(em -> em.createNativeQuery(
                "UPDATE email_outbox SET updated_at = now() - interval '3 minutes' WHERE id = ?")
                .setParameter(1, id).executeUpdate());
    }

    private static List<Interrupted> resume() {
        return inTransaction(em -> on(em, new SqlOutboxDelivery()).resumeInterruptedSends(INTERRUPTED_AFTER,
                MAX_ATTEMPTS, Set.of("magic-link", "staff-invitation")));
    }

    /** This test's rows: the table is shared with the other tests. */
    private static List<Interrupted> mine(List<Interrupted> resumed, Long... ids) {
        List<Long> own = List.of(ids);
        return resumed.stream().filter(i -> own.contains(i.id())).toList();
    }
}
