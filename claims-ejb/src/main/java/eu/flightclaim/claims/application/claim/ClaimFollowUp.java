package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.infrastructure.persistence.ClaimSearchQuery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claims' daily follow-up, run by the {@code claim-follow-up} batch job: reminds customers who
 * left a document request unanswered, flags claims whose customer still has not answered after the
 * reminder, and flags claims near their limitation deadline and tells staff about them.
 */
@Stateless
public class ClaimFollowUp {

    static final String SYSTEM = "system";
    public static final String DEADLINE_DIGEST_TEMPLATE = "staff-deadline-digest";

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;
    @Inject
    private ClaimRecords records;

    /** One reminder per claim whose open document request is older than {@code days}. */
    @SuppressWarnings("unchecked")
    public int remindUnanswered(int days) {
        List<Object[]> due = em.createNativeQuery("""
                SELECT c.id, c.reference, u.email, string_agg(replace(r.document_type, '_', ' '), ', ' ORDER BY r.id)
                  FROM document_request r JOIN claim c ON c.id = r.claim_id JOIN customer u ON u.id = c.customer_id
                 WHERE r.answered_at IS NULL AND r.reminded_at IS NULL AND c.status = 'DOCUMENTS_REQUESTED'
                   AND r.requested_at < now() - make_interval(days => ?)
                 GROUP BY c.id, c.reference, u.email
                """).setParameter(1, days).getResultList();
        for (Object[] r : due) {
            UUID claim = (UUID) r[0];
            em.createNativeQuery("UPDATE document_request SET reminded_at = now() WHERE claim_id = ?"
                    + " AND answered_at IS NULL AND reminded_at IS NULL").setParameter(1, claim).executeUpdate();
            records.event(claim, ClaimRecords.Kind.REMINDER_SENT, SYSTEM, ClaimStatus.DOCUMENTS_REQUESTED,
                    ClaimStatus.DOCUMENTS_REQUESTED, "Reminder sent: we still need " + r[3], true);
            records.email(ClaimRecords.REMINDER_TEMPLATE, (String) r[2], Map.of("reference", r[1], "documents", r[3],
                    "days", days));
        }
        return due.size();
    }

    /** Flags claims whose customer was reminded more than {@code days} ago and still has not answered. */
    @SuppressWarnings("unchecked")
    public int flagUnanswered(int days) {
        List<UUID> due = em.createNativeQuery("""
                SELECT DISTINCT c.id FROM document_request r JOIN claim c ON c.id = r.claim_id
                 WHERE r.answered_at IS NULL AND r.reminded_at < now() - make_interval(days => ?)
                   AND c.status = 'DOCUMENTS_REQUESTED' AND NOT c.flagged
                """).setParameter(1, days).getResultList();
        due.forEach(id -> flag(id, ClaimStatus.DOCUMENTS_REQUESTED, ClaimRecords.FLAG_NO_ANSWER));
        return due.size();
    }

    /** A claim near its deadline, for the staff digest. */
    public record NearDeadline(String reference, String status, LocalDate deadline, String assignee) {
    }

    /**
     * Flags undecided claims whose limitation deadline is within {@code days} and emails every enabled
     * staff member the list of them (nothing when there are none). Returns the claims listed.
     */
    @SuppressWarnings("unchecked")
    public List<NearDeadline> flagNearDeadline(int days) {
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, c.reference, c.status, c.deadline, s.display_name,"
                        + " c.flagged FROM claim c LEFT JOIN staff_account s ON s.id = c.assignee_id WHERE c.status IN "
                        + ClaimSearchQuery.OPEN_STATUSES + " AND c.deadline <= current_date + ? ORDER BY c.deadline, c.reference")
                .setParameter(1, days).getResultList();
        List<NearDeadline> near = rows.stream().map(r -> new NearDeadline((String) r[1],
                ClaimStatus.valueOf((String) r[2]).apiName().replace('_', ' '),
                r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3],
                r[4] == null ? "unassigned" : (String) r[4])).toList();
        rows.stream().filter(r -> !(Boolean) r[5])
                .forEach(r -> flag((UUID) r[0], ClaimStatus.valueOf((String) r[2]), ClaimRecords.FLAG_DEADLINE));
        if (!near.isEmpty()) {
            List<String> staff = em.createNativeQuery("SELECT email FROM staff_account WHERE enabled ORDER BY id")
                    .getResultList();
            for (String to : staff) {
                records.email(DEADLINE_DIGEST_TEMPLATE, to, Map.of("claims", near, "count", near.size(), "days", days));
            }
        }
        return near;
    }

    private void flag(UUID claim, ClaimStatus status, String reason) {
        em.createNativeQuery("UPDATE claim SET flagged = TRUE, flag_reason = ? WHERE id = ?").setParameter(1, reason)
                .setParameter(2, claim).executeUpdate();
        records.event(claim, ClaimRecords.Kind.FLAGGED, SYSTEM, status, status, reason, false);
    }
}
