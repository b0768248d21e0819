package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.identity.DataKeys;
import eu.flightclaim.claims.application.identity.AuditLog;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.ClaimWorkflow;
import eu.flightclaim.claims.infrastructure.persistence.ClaimSearchQuery;
import eu.flightclaim.claims.infrastructure.persistence.SqlValues;
import eu.flightclaim.files.application.ValidationRuleCatalog;
import eu.flightclaim.files.domain.model.ValidationRule;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Claims from the staff side: find them, read everything about one, assign, move through the
 * workflow, override the engine's amount, write notes and messages, request documents, and the
 * numbers of the whole book. Every change is version-checked (optimistic locking) so that two
 * reviewers never silently overwrite each other.
 */
@Stateless
public class ClaimReviewService {

    /** One row of the staff list. */
    public record Summary(UUID id, String reference, ClaimStatus status, String regime, BigDecimal amount,
            String currency, String customerEmail, String passengers, String flightNumber, LocalDate flightDate,
            String airline, Long assigneeId, String assigneeName, boolean flagged, String flagReason, LocalDate deadline,
            OffsetDateTime createdAt, long version, boolean manualReview) {
    }

    public record Assignee(long id, String email, String name) {
    }

    /** The staff override of the engine's amount, kept beside it. */
    public record CompensationOverride(BigDecimal amount, String currency, String reason, String by) {
    }

    public record DocumentRequest(long id, String documentType, String message, String requestedBy,
            OffsetDateTime requestedAt, OffsetDateTime remindedAt, OffsetDateTime answeredAt) {
    }

    /** Everything about one claim, for a reviewer. */
    public record Review(ClaimService.ClaimView claim, BigDecimal engineAmount, String engineCurrency,
            CompensationOverride override, Assignee assignee, boolean flagged, String flagReason,
            OffsetDateTime decidedAt, OffsetDateTime updatedAt, String disruptionJson, String consentTermsVersion,
            OffsetDateTime consentAt, List<ClaimService.Event> history, List<ClaimService.Message> messages,
            List<ClaimService.Message> notes, List<DocumentRequest> documentRequests, List<String> allowedTransitions) {
    }

    public record MoneyTotal(String currency, BigDecimal amount) {
    }

    public record Stats(Map<String, Long> byStatus, List<MoneyTotal> claimed, List<MoneyTotal> approved,
            List<MoneyTotal> paid, long nearDeadline, int nearDeadlineDays, Duration medianTimeToDecision,
            long decided) {
    }

    /** New claims of one week (starting Monday) in one status, for the dashboard's chart. */
    public record WeekCount(LocalDate week, String status, long count) {
    }

    /** The book's recent activity: new claims today and this week, flagged claims, claims per week by status. */
    public record Activity(long newToday, long newThisWeek, long flagged, List<WeekCount> weeks) {
    }

    /** The full payout details, for paying; every reveal is in the audit log. */
    public record PayoutDetails(String iban, String accountHolder) {
    }

    /** The days before a limitation deadline that count as "near". */
    public static final int NEAR_DEADLINE_DAYS = 30;

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;
    @Inject
    private ClaimRecords records;
    @EJB
    private ValidationRuleCatalog documentRules;
    @Inject
    private DataKeys dataKeys;
    @EJB
    private AuditLog audit;

    public Page<Summary> search(ClaimSearchQuery.Filter filter, int page, int size) {
        return new Page<>(rows(filter, page, size), count(filter), page, size);
    }

    /** How many claims match (the console's lazy table asks for this apart from the rows). */
    public long count(ClaimSearchQuery.Filter filter) {
        ClaimSearchQuery query = query(filter);
        return ((Number) bind(em.createNativeQuery(query.countSql()), query.params()).getSingleResult()).longValue();
    }

    /** One page of matching claims, in the filter's order. */
    @SuppressWarnings("unchecked")
    public List<Summary> rows(ClaimSearchQuery.Filter filter, int page, int size) {
        ClaimSearchQuery query = query(filter);
        List<Object> params = query.params();
        Query rows = bind(em.createNativeQuery(query.pageSql()), params);
        rows.setParameter(params.size() + 1, (long) page * size).setParameter(params.size() + 2, size);
        return ((List<Object[]>) rows.getResultList()).stream().map(r -> new Summary((UUID) r[0],
                (String) r[1], ClaimStatus.valueOf((String) r[2]), (String) r[3], (BigDecimal) r[4], trim(r[5]),
                (String) r[6], (String) r[7], (String) r[8], date(r[9]), (String) r[10],
                r[11] == null ? null : ((Number) r[11]).longValue(), (String) r[12], (Boolean) r[13], (String) r[14],
                date(r[15]), SqlValues.offsetDateTime(r[16]), ((Number) r[17]).longValue(), (Boolean) r[18])).toList();
    }

    private static ClaimSearchQuery query(ClaimSearchQuery.Filter filter) {
        try {
            return new ClaimSearchQuery(filter);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", e.getMessage());
        }
    }

    private static Query bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    public Review review(UUID id) {
        ClaimService.ClaimView claim = records.view(null, id);
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT c.amount, c.currency, c.override_amount, c.override_currency, c.override_reason, c.override_by,
                       c.assignee_id, s.email, s.display_name, c.flagged, c.flag_reason, c.decided_at, c.updated_at,
                       c.disruption_json, c.terms_version, c.consent_at
                  FROM claim c LEFT JOIN staff_account s ON s.id = c.assignee_id WHERE c.id = ?
                """).setParameter(1, id).getSingleResult();
        List<Object[]> requests = em.createNativeQuery("SELECT id, document_type, message, requested_by, requested_at,"
                + " reminded_at, answered_at FROM document_request WHERE claim_id = ? ORDER BY requested_at, id")
                .setParameter(1, id).getResultList();
        List<ClaimService.Message> thread = records.messages(id, true);
        return new Review(claim, (BigDecimal) r[0], trim(r[1]),
                r[2] == null ? null : new CompensationOverride((BigDecimal) r[2], trim(r[3]), (String) r[4], (String) r[5]),
                r[6] == null ? null : new Assignee(((Number) r[6]).longValue(), (String) r[7], (String) r[8]),
                (Boolean) r[9], (String) r[10], SqlValues.offsetDateTime(r[11]), SqlValues.offsetDateTime(r[12]),
                (String) r[13], (String) r[14], SqlValues.offsetDateTime(r[15]), records.history(id, true),
                thread.stream().filter(m -> !m.internal()).toList(), thread.stream().filter(ClaimService.Message::internal)
                        .toList(),
                requests.stream().map(q -> new DocumentRequest(((Number) q[0]).longValue(), (String) q[1], (String) q[2],
                        (String) q[3], SqlValues.offsetDateTime(q[4]), SqlValues.offsetDateTime(q[5]),
                        SqlValues.offsetDateTime(q[6]))).toList(),
                ClaimWorkflow.allowed(claim.status(), ClaimWorkflow.Actor.STAFF).stream().map(ClaimStatus::apiName)
                        .sorted().toList());
    }

    /** Gives the claim to a reviewer, or to nobody ({@code staffId} null). */
    public Review assign(String actor, UUID id, Long version, Long staffId) {
        ClaimService.ClaimView claim = records.view(null, id);
        String name = "nobody";
        if (staffId != null) {
            List<?> found = em.createNativeQuery("SELECT display_name FROM staff_account WHERE id = ? AND enabled")
                    .setParameter(1, staffId).getResultList();
            if (found.isEmpty()) {
                throw new InvalidInputException("staffId", "No enabled staff account " + staffId + ".");
            }
            name = (String) found.get(0);
        }
        records.bump(id, version(version, claim));
        em.createNativeQuery("UPDATE claim SET assignee_id = CAST(? AS BIGINT) WHERE id = ?").setParameter(1, staffId)
                .setParameter(2, id).executeUpdate();
        records.event(id, ClaimRecords.Kind.ASSIGNED, actor, claim.status(), claim.status(), "Assigned to " + name, false);
        return review(id);
    }

    /** A workflow move with its reason; refused moves are a 409 listing the allowed ones. */
    public Review transition(String actor, UUID id, Long version, String to, String reason) {
        ClaimStatus target = status(to);
        if (target == ClaimStatus.DOCUMENTS_REQUESTED) {
            // one path for asking for documents, so that the reminder job sees every request
            return requestDocuments(actor, id, version, "other", reason);
        }
        ClaimService.ClaimView claim = records.view(null, id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 2000) {
            throw new InvalidInputException("reason", "must have at most 2000 characters");
        }
        ClaimRecords.check(claim.status(), target, ClaimWorkflow.Actor.STAFF, why);
        if (target == ClaimStatus.APPROVED && claim.amount() == null) {
            throw new StateConflictException("The engine left the amount to a reviewer: set it (PUT .../compensation)"
                    + " before approving.");
        }
        Map<String, Object> model = new LinkedHashMap<>();
        if (claim.amount() != null) {
            model.put("amount", claim.amount().toPlainString() + " " + claim.currency());
        }
        model.put("payout", claim.ibanMasked());
        records.transition(id, version(version, claim), claim.reference(), claim.customerEmail(), actor,
                claim.status(), target, why, model);
        return review(id);
    }

    /** Replaces the engine's amount (kept beside it) for this claim, with the reason. */
    public Review overrideCompensation(String actor, UUID id, Long version, String amount, String currency,
            String reason) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        BigDecimal value = null;
        try {
            value = new BigDecimal(amount == null ? "" : amount.trim());
            if (value.signum() < 0 || value.scale() > 2 || value.compareTo(new BigDecimal("100000")) >= 0) {
                errors.add(new InvalidInputException.FieldError("amount",
                        "must be from 0 to 99999.99 with at most two decimals"));
            }
        } catch (NumberFormatException e) {
            errors.add(new InvalidInputException.FieldError("amount", "'" + amount + "' is not an amount like 400.00"));
        }
        String code = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.FieldError("currency", "'" + currency + "' is not an ISO 4217 code"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            errors.add(new InvalidInputException.FieldError("reason", "is required, up to 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ClaimService.ClaimView claim = records.view(null, id);
        if (claim.status() == ClaimStatus.PAID || claim.status().isFinal()) {
            throw new StateConflictException("A claim that is " + claim.status().apiName()
                    + " keeps its amount.");
        }
        records.bump(id, version(version, claim));
        BigDecimal money = value.setScale(2);
        em.createNativeQuery("UPDATE claim SET override_amount = ?, override_currency = ?, override_reason = ?,"
                        + " override_by = ? WHERE id = ?").setParameter(1, money).setParameter(2, code)
                .setParameter(3, reason.strip()).setParameter(4, actor).setParameter(5, id).executeUpdate();
        records.event(id, ClaimRecords.Kind.COMPENSATION_OVERRIDDEN, actor, claim.status(), claim.status(),
                "Amount set to " + money.toPlainString() + " " + code + ": " + reason.strip(), false);
        return review(id);
    }

    /** A note only staff see. */
    public ClaimService.Message note(String actor, UUID id, String body) {
        String text = ClaimRecords.messageBody(body);
        records.view(null, id);
        return records.message(id, true, actor, text, true);
    }

    /** A message to the customer, in the claim's thread and by email. */
    public ClaimService.Message message(String actor, UUID id, String body) {
        String text = ClaimRecords.messageBody(body);
        ClaimService.ClaimView claim = records.view(null, id);
        ClaimService.Message written = records.message(id, true, actor, text, false);
        records.email(ClaimRecords.MESSAGE_TEMPLATE, claim.customerEmail(), Map.of("reference", claim.reference(),
                "body", text));
        return written;
    }

    /**
     * Asks the customer for a document: the claim moves to documents_requested (or stays there, with
     * one more request) and the customer is emailed what is needed.
     */
    public Review requestDocuments(String actor, UUID id, Long version, String documentType, String message) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        List<String> types = documentRules.all().stream().map(ValidationRule::documentType).toList();
        if (documentType == null || !types.contains(documentType)) {
            errors.add(new InvalidInputException.FieldError("documentType", "'" + documentType + "' is not one of "
                    + types));
        }
        if (message == null || message.isBlank() || message.length() > 2000) {
            errors.add(new InvalidInputException.FieldError("message",
                    "is required (it tells the customer what to send), up to 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ClaimService.ClaimView claim = records.view(null, id);
        String text = message.strip();
        em.createNativeQuery("INSERT INTO document_request (claim_id, document_type, message, requested_by)"
                + " VALUES (?, ?, ?, ?)").setParameter(1, id).setParameter(2, documentType).setParameter(3, text)
                .setParameter(4, actor).executeUpdate();
        Map<String, Object> model = Map.of("documentType", documentType.replace('_', ' '), "message", text);
        if (claim.status() == ClaimStatus.DOCUMENTS_REQUESTED) {
            records.bump(id, version(version, claim));
            records.event(id, ClaimRecords.Kind.DOCUMENTS_REQUESTED, actor, claim.status(), claim.status(),
                    "Also requested: " + documentType.replace('_', ' ') + ". " + text, true);
            records.emailStatus(claim.reference(), claim.customerEmail(), ClaimStatus.DOCUMENTS_REQUESTED, text, model);
        } else {
            ClaimRecords.check(claim.status(), ClaimStatus.DOCUMENTS_REQUESTED, ClaimWorkflow.Actor.STAFF, text);
            records.transition(id, version(version, claim), claim.reference(), claim.customerEmail(), actor,
                    claim.status(), ClaimStatus.DOCUMENTS_REQUESTED, text, model);
        }
        return review(id);
    }

    @SuppressWarnings("unchecked")
    public Stats stats() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ClaimStatus s : ClaimStatus.values()) {
            byStatus.put(s.apiName(), 0L);
        }
        // one pass over the book: counts and amounts by status and currency (was four scans)
        Map<String, BigDecimal> claimed = new java.util.TreeMap<>();
        Map<String, BigDecimal> approved = new java.util.TreeMap<>();
        Map<String, BigDecimal> paid = new java.util.TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT status, CASE WHEN override_amount IS NULL"
                + " THEN currency ELSE override_currency END, count(*), sum(coalesce(override_amount, amount))"
                + " FROM claim GROUP BY 1, 2").getResultList()) {
            ClaimStatus status = ClaimStatus.valueOf((String) r[0]);
            byStatus.merge(status.apiName(), ((Number) r[2]).longValue(), Long::sum);
            String currency = trim(r[1]);
            BigDecimal amount = (BigDecimal) r[3];
            if (currency == null || amount == null) {
                continue;
            }
            if (status != ClaimStatus.WITHDRAWN) {
                claimed.merge(currency, amount, BigDecimal::add);
            }
            if (status == ClaimStatus.APPROVED || status == ClaimStatus.PAID) {
                approved.merge(currency, amount, BigDecimal::add);
            }
            if (status == ClaimStatus.PAID) {
                paid.merge(currency, amount, BigDecimal::add);
            }
        }
        Object[] decision = (Object[]) em.createNativeQuery("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY"
                + " extract(epoch FROM decided_at - created_at)), count(*) FROM claim WHERE decided_at IS NOT NULL")
                .getSingleResult();
        long near = ((Number) em.createNativeQuery("SELECT count(*) FROM claim WHERE status IN "
                + ClaimSearchQuery.OPEN_STATUSES + " AND deadline <= current_date + ?").setParameter(1, NEAR_DEADLINE_DAYS)
                .getSingleResult()).longValue();
        return new Stats(byStatus, totals(claimed), totals(approved), totals(paid), near, NEAR_DEADLINE_DAYS,
                decision[0] == null ? null : Duration.ofSeconds(Math.round(((Number) decision[0]).doubleValue())),
                ((Number) decision[1]).longValue());
    }

    private static List<MoneyTotal> totals(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().map(e -> new MoneyTotal(e.getKey(), e.getValue())).toList();
    }

    /** Activity of the last {@code weeks} weeks (this one included), weeks starting on Monday (UTC). */
    @SuppressWarnings("unchecked")
    public Activity activity(int weeks) {
        Object[] counts = (Object[]) em.createNativeQuery("SELECT"
                + " count(*) FILTER (WHERE created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'),"
                + " count(*) FILTER (WHERE created_at >= date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'),"
                + " (SELECT count(*) FROM claim WHERE flagged)"
                + " FROM claim WHERE created_at >= now() - interval '8 days'").getSingleResult();
        List<Object[]> rows = em.createNativeQuery("SELECT CAST(date_trunc('week', created_at AT TIME ZONE 'UTC') AS DATE) w,"
                + " status, count(*) FROM claim WHERE created_at >= date_trunc('week', now() AT TIME ZONE 'UTC')"
                + " AT TIME ZONE 'UTC' - make_interval(weeks => ?) GROUP BY w, status ORDER BY w, status")
                .setParameter(1, Math.max(0, weeks - 1)).getResultList();
        return new Activity(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                ((Number) counts[2]).longValue(), rows.stream().map(r -> new WeekCount(date(r[0]),
                        ((String) r[1]).toLowerCase(Locale.ROOT), ((Number) r[2]).longValue())).toList());
    }

    /** The references of these claims, for lists of things that belong to claims. */
    @SuppressWarnings("unchecked")
    public Map<UUID, String> references(java.util.Collection<UUID> ids) {
        Map<UUID, String> out = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            ((List<Object[]>) em.createNativeQuery("SELECT id, reference FROM claim WHERE id = ANY (CAST(? AS UUID[]))")
                    .setParameter(1, ids.stream().map(UUID::toString).collect(java.util.stream.Collectors.joining(",",
                            "{", "}"))).getResultList()).forEach(r -> out.put((UUID) r[0], (String) r[1]));
        }
        return out;
    }

    /** The full IBAN and holder of a claim's payout; the reveal is audited with who asked. */
    public PayoutDetails revealPayout(String actor, UUID id) {
        records.view(null, id);
        Object[] r = (Object[]) em.createNativeQuery("SELECT payout_iban_enc, payout_holder FROM claim WHERE id = ?")
                .setParameter(1, id).getSingleResult();
        audit.record(actor, "claim.payout-revealed", "claim:" + id, null, null);
        return new PayoutDetails(r[0] == null ? null : dataKeys.cipher().decrypt((String) r[0]), (String) r[1]);
    }

    private static long version(Long given, ClaimService.ClaimView claim) {
        return given == null ? claim.version() : given;
    }

    private static ClaimStatus status(String name) {
        return ClaimStatus.fromApiName(name).orElseThrow(() -> new InvalidInputException("to", "'" + name
                + "' is not a status; expected one of " + ClaimStatus.apiNames()));
    }

    private static String trim(Object o) {
        return o == null ? null : ((String) o).trim();
    }

    private static LocalDate date(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
