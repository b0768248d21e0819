package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.notification.OutboxDelivery;
import eu.flightclaim.claims.domain.model.notification.OutboxDelivery.Attempt;
import eu.flightclaim.claims.domain.model.notification.OutboxDelivery.Interrupted;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;

import eu.flightclaim.claims.domain.model.notification.EmailMessage;
import eu.flightclaim.claims.domain.model.notification.RenderedEmail;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The delivery steps of the email outbox, each in a transaction of its own so that what the
 * dispatcher did is committed before (claim) and after (result) the SMTP conversation. The
 * conditional updates let one dispatcher claim a due row however often its message arrives, and
 * record an attempt's result only while the row is still that attempt's.
 */
@Stateless
@LocalBean
@Local(OutboxDelivery.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SqlOutboxDelivery extends PersistenceAdapter implements OutboxDelivery {

    /** A message may arrive this much before the row's next_attempt_at (clock differences). */
    private static final long EARLY_ARRIVAL_MS = 2000;

    /**
     * Parameters: a Message-ID for an email without one, id, early-arrival allowance in ms. Updates one
     * row only when it is due and PENDING; returns the attempt's number and the Message-ID.
     */
    static final String CLAIM = """
            UPDATE email_outbox SET status = 'SENDING', attempts = attempts + 1, updated_at = now(),
                   version = version + 1, message_id = COALESCE(message_id, ?)
             WHERE id = ? AND status = 'PENDING'
               AND next_attempt_at <= now() + (? * interval '1 millisecond')
            RETURNING attempts, message_id
            """;

    /**
     * Moves a due PENDING row to SENDING and counts the attempt; empty when it is not ours to send.
     * SQL: a conditional update by the database's clock, returning what it set.
     */
    public Optional<Attempt> claim(long id, String newMessageId) {
        List<?> rows = em.createNativeQuery(CLAIM).setParameter(1, newMessageId).setParameter(2, id)
                .setParameter(3, EARLY_ARRIVAL_MS).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Attempt(em.find(EmailMessage.class, id), ((Number) row[0]).intValue(), (String) row[1]));
    }

    /** SQL: conditional on this attempt still being the row's (SENDING, its number), stamped by the database's clock. */
    public void markSent(long id, int attempt, RenderedEmail email) {
        em.createNativeQuery("""
                UPDATE email_outbox SET status = 'SENT', sent_at = now(), updated_at = now(), last_error = NULL,
                       subject = ?, body_text = ?, body_html = ?, version = version + 1
                 WHERE id = ? AND status = 'SENDING' AND attempts = ?
                """).setParameter(1, email.subject()).setParameter(2, email.text()).setParameter(3, email.html())
                .setParameter(4, id).setParameter(5, attempt).executeUpdate();
    }

    /** Back to PENDING for a retry after {@code retryIn}, or FAILED for good. SQL: as {@link #markSent}. */
    public void markFailed(long id, int attempt, String error, RenderedEmail renderedOrNull, Optional<Duration> retryIn) {
        String rendered = renderedOrNull == null ? "" : ", subject = ?, body_text = ?, body_html = ?";
        var q = em.createNativeQuery("UPDATE email_outbox SET status = ?, last_error = ?, updated_at = now(),"
                + " next_attempt_at = now() + (? * interval '1 millisecond'), version = version + 1" + rendered
                + " WHERE id = ? AND status = 'SENDING' AND attempts = ?");
        int i = 1;
        q.setParameter(i++, retryIn.isPresent() ? "PENDING" : "FAILED");
        q.setParameter(i++, truncate(error, 2000));
        q.setParameter(i++, retryIn.map(Duration::toMillis).orElse(0L));
        if (renderedOrNull != null) {
            q.setParameter(i++, renderedOrNull.subject());
            q.setParameter(i++, renderedOrNull.text());
            q.setParameter(i++, renderedOrNull.html());
        }
        q.setParameter(i++, id);
        q.setParameter(i, attempt);
        q.executeUpdate();
    }

    /** Removes a one-time secret (a sign-in link) from the row's model. SQL: one column, no version check. */
    public void redactModel(long id) {
        em.createNativeQuery("UPDATE email_outbox SET model_json = '{\"redacted\":true}' WHERE id = ?")
                .setParameter(1, id).executeUpdate();
    }

    /** PENDING rows overdue by more than {@code grace} (their JMS message was lost). SQL: the database's clock. */
    @SuppressWarnings("unchecked")
    public List<Long> overduePending(Duration grace, int limit) {
        List<Number> ids = em.createNativeQuery("""
                SELECT id FROM email_outbox
                 WHERE status = 'PENDING' AND next_attempt_at < now() - (? * interval '1 millisecond')
                 ORDER BY next_attempt_at LIMIT ?
                """).setParameter(1, grace.toMillis()).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Parameters: the attempts allowed (three times), the templates whose model holds a one-time secret
     * (comma-separated), the age in ms. Puts back SENDING rows untouched for that long, due now, or ends
     * them FAILED when the cut-off send was their last attempt, removing a one-time secret in the same
     * statement, as the dispatcher does when it gives up.
     */
    static final String RESUME_INTERRUPTED = """
            UPDATE email_outbox SET status = CASE WHEN attempts >= ? THEN 'FAILED' ELSE 'PENDING' END,
                   next_attempt_at = now(), updated_at = now(), version = version + 1,
                   last_error = CASE WHEN attempts >= ?
                       THEN 'Sending was interrupted (the server stopped) on the last attempt; given up,'
                            || ' though it may have been delivered'
                       ELSE 'Sending was interrupted (the server stopped); sent again with the same Message-ID' END,
                   model_json = CASE WHEN attempts >= ? AND template = ANY (string_to_array(?, ','))
                       THEN '{"redacted":true}' ELSE model_json END
             WHERE status = 'SENDING' AND updated_at < now() - (? * interval '1 millisecond')
            RETURNING id, status = 'FAILED'
            """;

    /**
     * SENDING rows untouched for longer than {@code after}: the instance died mid-send, so whether the
     * mail left is unknown. Sent again with the same Message-ID, so that a second delivery is the same
     * message to the recipient's mail client rather than a lost email; unless that send was the last
     * attempt allowed: then given up, as a failed last attempt is.
     * SQL: a conditional update by the database's clock, returning the rows it changed.
     */
    public List<Interrupted> resumeInterruptedSends(Duration after, int maxAttempts, Set<String> secretTemplates) {
        List<?> rows = em.createNativeQuery(RESUME_INTERRUPTED).setParameter(1, maxAttempts)
                .setParameter(2, maxAttempts).setParameter(3, maxAttempts)
                .setParameter(4, String.join(",", secretTemplates)).setParameter(5, after.toMillis()).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new Interrupted(((Number) r[0]).longValue(), (Boolean) r[1])).toList();
    }

    private static String truncate(String s, int max) {
        if (s == null) {
            return "unknown error";
        }
        return s.length() <= max ? s : s.substring(0, max);
    }
}
