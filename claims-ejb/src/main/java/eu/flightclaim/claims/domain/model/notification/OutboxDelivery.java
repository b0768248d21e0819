package eu.flightclaim.claims.domain.model.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The delivery steps of the email outbox, each committed on its own so that what the dispatcher did
 * is recorded before (claim) and after (result) the SMTP conversation. A row is claimed by one
 * dispatcher at a time; only a send cut off by a dying instance is sent again, with the same Message-ID.
 */
public interface OutboxDelivery {

    /** Moves a due PENDING row to SENDING and counts the attempt; empty when it is not ours to send. */
    Optional<EmailMessage> claim(long id);

    void markSent(long id, RenderedEmail email);

    /** Back to PENDING for a retry after {@code retryIn}, or FAILED for good. */
    void markFailed(long id, String error, RenderedEmail renderedOrNull, Optional<Duration> retryIn);

    /** Removes a one-time secret (a sign-in link) from the row's model. */
    void redactModel(long id);

    /** PENDING rows overdue by more than {@code grace} (their message was lost). */
    List<Long> overduePending(Duration grace, int limit);

    /**
     * SENDING rows untouched for longer than {@code after} (their instance died mid-send) go back to
     * PENDING, due now; returns their ids.
     */
    List<Long> resumeInterruptedSends(Duration after);
}
