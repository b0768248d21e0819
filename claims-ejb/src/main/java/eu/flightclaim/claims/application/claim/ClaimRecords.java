package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.notification.EmailOutbox;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;

import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.ClaimWorkflow;
import eu.flightclaim.claims.infrastructure.persistence.SqlValues;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claim's rows, shared by every side that touches them. What every change of a claim does, whoever makes it (customer, staff, a batch job), in the
 * caller's transaction: the version-checked update, the history entry, the customer's email.
 */
@Dependent
public class ClaimRecords {

    /** Kinds of history entries (claim_event.kind). */
    public enum Kind { STATUS, EDITED, ASSIGNED, COMPENSATION_OVERRIDDEN, DOCUMENTS_REQUESTED, REMINDER_SENT, FLAGGED }

    static final Jsonb JSON = JsonbBuilder.create();
    public static final String SUBMITTED_TEMPLATE = "claim-submitted";
    public static final String STATUS_TEMPLATE = "claim-status";
    public static final String MESSAGE_TEMPLATE = "claim-message";
    public static final String REMINDER_TEMPLATE = "claim-document-reminder";
    public static final String DOCUMENT_REJECTED_TEMPLATE = "claim-document-rejected";
    /** Flag reasons set by the follow-up job. */
    public static final String FLAG_NO_ANSWER = "No answer to a document request after a reminder";
    public static final String FLAG_DEADLINE = "Limitation deadline within 30 days";

    /** One template per status the seed names; the others share "status updated". */
    private static final Map<ClaimStatus, String> STATUS_TEMPLATES = Map.of(
            ClaimStatus.DOCUMENTS_REQUESTED, "claim-documents-requested",
            ClaimStatus.APPROVED, "claim-approved",
            ClaimStatus.REJECTED, "claim-rejected",
            ClaimStatus.PAID, "claim-paid");

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;
    @EJB
    private EmailOutbox outbox;

    /**
     * A claim as its customer sees it; with {@code customer} null, whoever's it is (staff). Someone
     * else's claim is not found (not forbidden: it does not say it exists). The amount is the
     * effective one: a staff override where there is one, else the engine's.
     */
    @SuppressWarnings("unchecked")
    public ClaimService.ClaimView view(UUID customer, UUID id) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.reference, c.status, c.regime, coalesce(c.override_amount, c.amount),
                       CASE WHEN c.override_amount IS NULL THEN c.currency ELSE c.override_currency END,
                       c.assessment_json, c.deadline, c.itinerary_json, c.contact_phone, c.payout_iban_masked,
                       c.payout_holder, c.created_at, c.version, u.email
                  FROM claim c JOIN customer u ON u.id = c.customer_id
                 WHERE c.id = ? AND (CAST(? AS UUID) IS NULL OR c.customer_id = CAST(? AS UUID))
                """).setParameter(1, id).setParameter(2, customer).setParameter(3, customer).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("claim", id);
        }
        Object[] r = rows.get(0);
        List<Object[]> people = em.createNativeQuery("SELECT first_name, last_name, booking_reference"
                + " FROM claim_passenger WHERE claim_id = ? ORDER BY position").setParameter(1, id).getResultList();
        Object deadline = r[6];
        return new ClaimService.ClaimView(id, (String) r[0], ClaimStatus.valueOf((String) r[1]), (String) r[2],
                (BigDecimal) r[3], r[4] == null ? null : ((String) r[4]).trim(),
                JSON.fromJson((String) r[5], ClaimService.StoredAssessment.class),
                deadline instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) deadline, (String) r[7],
                people.stream().map(p -> new ClaimService.Passenger((String) p[0], (String) p[1], (String) p[2])).toList(),
                (String) r[8], (String) r[9], (String) r[10], SqlValues.offsetDateTime(r[11]),
                ((Number) r[12]).longValue(), (String) r[13]);
    }

    /** The claim's history, oldest first: what the customer may see, or everything (staff). */
    @SuppressWarnings("unchecked")
    public List<ClaimService.Event> history(UUID claim, boolean everything) {
        List<Object[]> rows = em.createNativeQuery("SELECT at, from_status, to_status, reason, kind, actor,"
                + " customer_visible FROM claim_event WHERE claim_id = ?" + (everything ? "" : " AND customer_visible")
                + " ORDER BY at, id").setParameter(1, claim).getResultList();
        return rows.stream().map(r -> new ClaimService.Event(SqlValues.offsetDateTime(r[0]), lower((String) r[1]),
                lower((String) r[2]), (String) r[3], lower((String) r[4]), everything ? (String) r[5] : null,
                (Boolean) r[6])).toList();
    }

    /** A transition the workflow refuses becomes a 409 that lists where the claim may go instead. */
    public static void check(ClaimStatus from, ClaimStatus to, ClaimWorkflow.Actor actor, String reason) {
        try {
            ClaimWorkflow.check(from, to, actor, reason);
        } catch (ClaimWorkflow.TransitionRefused e) {
            throw new StateConflictException(e.getMessage(), e.allowed().stream().map(ClaimStatus::apiName).sorted()
                    .toList());
        }
    }

    /**
     * Bumps the claim's version if it still is {@code version}, else the claim changed since it was
     * read (another reviewer, the customer): 409, and the caller's transaction rolls back.
     */
    public void bump(UUID claim, long version) {
        int n = em.createNativeQuery("UPDATE claim SET updated_at = now(), version = version + 1 WHERE id = ? AND version = ?")
                .setParameter(1, claim).setParameter(2, version).executeUpdate();
        if (n == 0) {
            throw new StateConflictException("The claim was changed by someone else meanwhile (it is no longer at"
                    + " version " + version + "); load it again and repeat your change.");
        }
    }

    /** Moves the claim (after {@link #check}) and records and emails the move. */
    public void transition(UUID claim, long version, String reference, String customerEmail, String actor,
            ClaimStatus from, ClaimStatus to, String reason, Map<String, Object> extraModel) {
        bump(claim, version);
        em.createNativeQuery("UPDATE claim SET status = ?, decided_at = CASE WHEN ? THEN now() ELSE decided_at END"
                        + " WHERE id = ?").setParameter(1, to.name())
                .setParameter(2, to == ClaimStatus.APPROVED || to == ClaimStatus.REJECTED).setParameter(3, claim)
                .executeUpdate();
        if (to == ClaimStatus.WITHDRAWN || to == ClaimStatus.REJECTED) {
            // the passengers may claim this flight again
            em.createNativeQuery("DELETE FROM claim_flight_key WHERE claim_id = ?").setParameter(1, claim).executeUpdate();
        }
        event(claim, Kind.STATUS, actor, from, to, reason, true);
        emailStatus(reference, customerEmail, to, reason, extraModel);
    }

    /** The customer's email about the claim being (or staying) in {@code status}, with that status's template. */
    public void emailStatus(String reference, String customerEmail, ClaimStatus status, String reason,
            Map<String, Object> extraModel) {
        Map<String, Object> model = new HashMap<>(extraModel);
        model.put("reference", reference);
        model.put("status", status.apiName().replace('_', ' '));
        model.put("reason", reason == null ? "" : reason);
        outbox.queue(STATUS_TEMPLATES.getOrDefault(status, STATUS_TEMPLATE), customerEmail, model);
    }

    /** A history entry; {@code from}/{@code to} are the status before and after (the same for non-status events). */
    public void event(UUID claim, Kind kind, String actor, ClaimStatus from, ClaimStatus to, String reason,
            boolean customerVisible) {
        em.createNativeQuery("INSERT INTO claim_event (claim_id, kind, actor, from_status, to_status, reason,"
                        + " customer_visible) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, claim).setParameter(2, kind.name()).setParameter(3, actor)
                .setParameter(4, from == null ? null : from.name()).setParameter(5, to.name())
                .setParameter(6, reason).setParameter(7, customerVisible).executeUpdate();
    }

    /** Appends to the claim's thread (or, internal, to the staff notes). */
    public ClaimService.Message message(UUID claim, boolean fromStaff, String author, String body, boolean internal) {
        Object[] r = (Object[]) em.createNativeQuery("INSERT INTO claim_message (claim_id, author_kind, author, body, internal)"
                        + " VALUES (?, ?, ?, ?, ?) RETURNING id, at")
                .setParameter(1, claim).setParameter(2, fromStaff ? "STAFF" : "CUSTOMER").setParameter(3, author)
                .setParameter(4, body).setParameter(5, internal).getSingleResult();
        return new ClaimService.Message(((Number) r[0]).longValue(), SqlValues.offsetDateTime(r[1]),
                fromStaff ? "staff" : "customer", author, body, internal);
    }

    /** The claim's thread, oldest first; notes only when asked for. */
    @SuppressWarnings("unchecked")
    public List<ClaimService.Message> messages(UUID claim, boolean withInternal) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, at, author_kind, author, body, internal FROM claim_message"
                + " WHERE claim_id = ?" + (withInternal ? "" : " AND NOT internal") + " ORDER BY at, id")
                .setParameter(1, claim).getResultList();
        return rows.stream().map(r -> new ClaimService.Message(((Number) r[0]).longValue(),
                SqlValues.offsetDateTime(r[1]),
                "STAFF".equals(r[2]) ? "staff" : "customer",
                // customers see "Flight Claim team", not a staff member's address
                "STAFF".equals(r[2]) && !withInternal ? null : (String) r[3], (String) r[4], (Boolean) r[5])).toList();
    }

    /** A message body: 1 to 5,000 characters. */
    public static String messageBody(String body) {
        if (body == null || body.isBlank() || body.length() > 5000) {
            throw new InvalidInputException("body", "is required, up to 5000 characters");
        }
        return body.strip();
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    public void email(String template, String recipient, Map<String, Object> model) {
        outbox.queue(template, recipient, model);
    }
}
