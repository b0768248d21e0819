package eu.flightclaim.claims.domain.model.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The delivery steps of the email outbox, each committed on its own so that what the dispatcher did
 * is recorded before (claim) and after (result) the SMTP conversation; a row is sent at most once.
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

    /** SENDING rows untouched for longer than {@code after} end FAILED, for staff to resend. */
    int failInterruptedSends(Duration after);
}
