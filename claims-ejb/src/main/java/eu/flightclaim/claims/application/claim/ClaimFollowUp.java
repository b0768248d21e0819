package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.domain.model.claim.Claim;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The claims' daily follow-up, run by the {@code claim-follow-up} batch job: reminds customers who
 * left a document request unanswered, flags claims whose customer still has not answered after the
 * reminder, and flags claims near their limitation deadline and tells staff about them. Each claim
 * is handled in a transaction of its own: one that fails does not undo the others.
 */
@Stateless
public class ClaimFollowUp {

    private static final Logger LOG = Logger.getLogger(ClaimFollowUp.class.getName());
    static final String SYSTEM = "system";
    public static final String DEADLINE_DIGEST_TEMPLATE = "staff-deadline-digest";

    @Inject
    private ClaimChanges changes;
    @Inject
    private ClaimQueries queries;
    @Inject
    private eu.flightclaim.claims.domain.model.claim.ClaimRepository claims;
    @Resource
    private SessionContext context;

    /** One reminder per claim whose open document request is older than {@code days}. */
    public int remindUnanswered(int days) {
        return each(queries.dueReminders(days), r -> self().remind(r, days));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remind(ClaimQueries.DueReminder r, int days) {
        claims.remindRequests(r.claim());
        changes.change(r.claim(), null, c -> c.reminded(SYSTEM, r.documents()));
        changes.email(ClaimChanges.REMINDER_TEMPLATE, r.customerEmail(), Map.of("reference", r.reference(),
                "documents", r.documents(), "days", days));
    }

    /** Flags claims whose customer was reminded more than {@code days} ago and still has not answered. */
    public int flagUnanswered(int days) {
        return each(queries.unansweredAfterReminder(days), id -> self().flag(id, Claim.FLAG_NO_ANSWER));
    }

    /** A claim near its deadline, for the staff digest. */
    public record NearDeadline(String reference, String status, LocalDate deadline, String assignee) {
    }

    /**
     * Flags undecided claims whose limitation deadline is within {@code days} and emails every enabled
     * staff member the list of them (nothing when there are none). Returns the claims listed.
     */
    public List<NearDeadline> flagNearDeadline(int days) {
        List<ClaimQueries.NearDeadline> rows = queries.nearDeadline(days);
        String reason = "Limitation deadline within " + days + " days";
        each(rows.stream().filter(r -> !r.flagged()).map(ClaimQueries.NearDeadline::claim).toList(),
                id -> self().flag(id, reason));
        List<NearDeadline> near = rows.stream().map(r -> new NearDeadline(r.reference(), r.status(), r.deadline(),
                r.assignee())).toList();
        if (!near.isEmpty()) {
            for (String to : queries.enabledStaffEmails()) {
                changes.email(DEADLINE_DIGEST_TEMPLATE, to, Map.of("claims", near, "count", near.size(), "days", days));
            }
        }
        return near;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void flag(UUID claim, String reason) {
        changes.change(claim, null, c -> c.flag(SYSTEM, reason));
    }

    /** Handles each item on its own; a failure is logged and the rest go on. How many succeeded. */
    private static <T> int each(List<T> items, Consumer<T> handle) {
        int done = 0;
        for (T item : items) {
            try {
                handle.accept(item);
                done++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Follow-up of " + item + " failed; it is tried again on the next run", e);
            }
        }
        return done;
    }

    private ClaimFollowUp self() {
        return context.getBusinessObject(ClaimFollowUp.class);
    }
}
