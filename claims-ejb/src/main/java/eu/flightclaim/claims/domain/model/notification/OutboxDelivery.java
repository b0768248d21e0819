package eu.flightclaim.claims.domain.model.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The delivery steps of the email outbox, each committed on its own so that what the dispatcher did
 * is recorded before (claim) and after (result) the SMTP conversation. An attempt's result is
 * recorded only while the row is still that attempt's: a dispatcher that was given up on (its send
 * resumed elsewhere) changes nothing when it finishes late.
 */
public interface OutboxDelivery {

    /** An attempt at sending: the row, the attempt's number and the email's Message-ID. */
    record Attempt(EmailMessage email, int number, String messageId) {
    }

    /** A send cut off by a dying instance: sent again, or given up on when it was the last attempt. */
    record Interrupted(long id, boolean givenUp) {
    }

    /**
     * Moves a due PENDING row to SENDING and counts the attempt; empty when it is not ours to send.
     * The email keeps the Message-ID it has; {@code newMessageId} is given to one that has none.
     */
    Optional<Attempt> claim(long id, String newMessageId);

    void markSent(long id, int attempt, RenderedEmail email);

    /** Back to PENDING for a retry after {@code retryIn}, or FAILED for good. */
    void markFailed(long id, int attempt, String error, RenderedEmail renderedOrNull, Optional<Duration> retryIn);

    /** Removes a one-time secret (a sign-in link) from the row's model. */
    void redactModel(long id);

    /** PENDING rows overdue by more than {@code grace} (their message was lost). */
    List<Long> overduePending(Duration grace, int limit);

    /**
     * SENDING rows untouched for longer than {@code after} (their instance died mid-send) go back to
     * PENDING, due now; those that had made {@code maxAttempts} attempts end FAILED instead, as a
     * failed last attempt would, the model of one of {@code secretTemplates} redacted at once. The
     * cut-off attempt counts: a send that keeps dying is bounded.
     */
    List<Interrupted> resumeInterruptedSends(Duration after, int maxAttempts, Set<String> secretTemplates);
}
