package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.identity.FieldEncryptionKeys;
import eu.flightclaim.claims.application.audit.AuditLog;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.claim.Claim;
import eu.flightclaim.claims.domain.model.claim.ClaimRepository;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.Payout;
import eu.flightclaim.claims.domain.model.claim.ClaimWorkflow;
import eu.flightclaim.files.application.ValidationRuleCatalog;
import eu.flightclaim.files.domain.model.ValidationRule;
import eu.flightclaim.claims.application.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
@RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.SUPERADMIN})
public class ClaimReviewService {

    /** One row of the staff list. */
    public record Summary(UUID id, String reference, ClaimStatus status, String regime, BigDecimal amount,
            String currency, String customerEmail, String passengers, String flightNumber, LocalDate flightDate,
            String airline, Long assigneeId, String assigneeName, boolean flagged, String flagReason, LocalDate deadline,
            OffsetDateTime createdAt, long version, boolean manualReview) implements Serializable {
    }

    public record Assignee(long id, String email, String name) implements Serializable {
    }

    /** The staff override of the engine's amount, kept beside it. */
    public record CompensationOverride(BigDecimal amount, String currency, String reason, String by)
            implements Serializable {
    }

    public record DocumentRequest(long id, String documentType, String message, String requestedBy,
            OffsetDateTime requestedAt, OffsetDateTime remindedAt, OffsetDateTime answeredAt) implements Serializable {
    }

    /** Everything about one claim, for a reviewer. */
    public record Review(ClaimService.ClaimView claim, BigDecimal engineAmount, String engineCurrency,
            CompensationOverride override, Assignee assignee, boolean flagged, String flagReason,
            OffsetDateTime decidedAt, OffsetDateTime updatedAt, String disruptionJson, String consentTermsVersion,
            OffsetDateTime consentAt, List<ClaimService.Event> history, List<ClaimService.Message> messages,
            List<ClaimService.Message> notes, List<DocumentRequest> documentRequests, List<String> allowedTransitions,
            OffsetDateTime restrictedAt) implements Serializable {
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

    @Inject
    private ClaimChanges changes;
    @Inject
    private ClaimRepository claims;
    @Inject
    private ClaimQueries queries;
    @EJB
    private ValidationRuleCatalog documentRules;
    @Inject
    private FieldEncryptionKeys fieldKeys;
    @EJB
    private AuditLog audit;
    @Inject
    @ConfigProperty(name = "FC_DEADLINE_WARNING_DAYS", defaultValue = "30")
    private int nearDeadlineDays;

    public Page<Summary> search(ClaimFilter filter, int page, int size) {
        return new Page<>(rows(filter, page, size), count(filter), page, size);
    }

    /** How many claims match (the console's lazy table asks for this apart from the rows). */
    public long count(ClaimFilter filter) {
        try {
            return queries.count(filter);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", e.getMessage());
        }
    }

    /** One page of matching claims, in the filter's order. */
    public List<Summary> rows(ClaimFilter filter, int page, int size) {
        try {
            return queries.find(filter, page, size);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("sort", e.getMessage());
        }
    }

    public Review review(UUID id) {
        ClaimService.ClaimView view = changes.view(null, id);
        Claim claim = claims.find(id).orElseThrow(() -> new NotFoundException("claim", id));
        List<ClaimService.Message> thread = changes.messages(id, true);
        var o = claim.override();
        return new Review(view, claim.engineAmount(), claim.engineCurrency(),
                o == null ? null : new ClaimReviewService.CompensationOverride(o.amount(), o.currency(), o.reason(), o.by()),
                claim.assigneeId() == null ? null : queries.staff(claim.assigneeId(), false).orElse(null),
                claim.flagged(), claim.flagReason(), claim.decidedAt(), claim.updatedAt(), claim.disruptionJson(),
                claim.termsVersion(), claim.consentAt(), changes.history(id, true),
                thread.stream().filter(m -> !m.internal()).toList(),
                thread.stream().filter(ClaimService.Message::internal).toList(),
                claims.documentRequests(id).stream().map(q -> new DocumentRequest(q.id(), q.documentType(), q.message(),
                        q.requestedBy(), q.requestedAt(), q.remindedAt(), q.answeredAt())).toList(),
                // in the workflow's order (an EnumSet's): review and requests before the decisions
                ClaimWorkflow.allowed(view.status(), ClaimWorkflow.Actor.STAFF).stream().map(ClaimStatus::apiName)
                        .toList(), claim.restrictedAt());
    }

    /** Gives the claim to a reviewer, or to nobody ({@code staffId} null). */
    public Review assign(String actor, UUID id, Long version, Long staffId) {
        changes.view(null, id);
        String name = staffId == null ? "nobody" : queries.staff(staffId, true).map(Assignee::name).orElseThrow(() ->
                new InvalidInputException("staffId", "No enabled staff account " + staffId + "."));
        changes.change(id, version, c -> c.assign(actor, staffId, name));
        return review(id);
    }

    /** A workflow move with its reason; refused moves are a 409 listing the allowed ones. */
    public Review transition(String actor, UUID id, Long version, String to, String reason) {
        ClaimStatus target = status(to);
        if (target == ClaimStatus.DOCUMENTS_REQUESTED) {
            // one path for asking for documents, so that the reminder job sees every request
            return requestDocuments(actor, id, version, "other", reason);
        }
        ClaimService.ClaimView view = changes.view(null, id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 2000) {
            throw new InvalidInputException("reason", "must have at most 2000 characters");
        }
        changes.change(id, version, c -> c.moveTo(target, ClaimWorkflow.Actor.STAFF, actor, why));
        Map<String, Object> model = new LinkedHashMap<>();
        if (view.amount() != null) {
            model.put("amount", view.amount().toPlainString() + " " + view.currency());
        }
        model.put("payout", view.ibanMasked());
        changes.emailStatus(view.reference(), view.customerEmail(), target, why, model);
        return review(id);
    }

    /** Replaces the engine's amount (kept beside it) for this claim, with the reason. */
    public Review overrideCompensation(String actor, UUID id, Long version, String amount, String currency,
            String reason) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        BigDecimal value = null;
        try {
            value = new BigDecimal(amount == null ? "" : amount.trim());
            if (value.signum() < 0 || value.scale() > 2 || value.compareTo(Claim.MAX_AMOUNT) >= 0) {
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
        BigDecimal money = value;
        changes.change(id, version, c -> c.overrideCompensation(actor, money, code, reason.strip()));
        return review(id);
    }

    /** A note only staff see. */
    public ClaimService.Message note(String actor, UUID id, String body) {
        String text = ClaimChanges.messageBody(body);
        changes.view(null, id);
        return changes.message(id, true, actor, text, true);
    }

    /** A message to the customer, in the claim's thread and by email, with one of the claim's documents when given. */
    public ClaimService.Message message(String actor, UUID id, String body, UUID documentId) {
        String text = ClaimChanges.messageBody(body);
        ClaimService.ClaimView claim = changes.view(null, id);
        ClaimService.Message written = changes.message(id, true, actor, text, false, documentId);
        changes.email(ClaimChanges.MESSAGE_TEMPLATE, claim.customerEmail(), Map.of("reference", claim.reference(),
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
        ClaimService.ClaimView claim = changes.view(null, id);
        String text = message.strip();
        claims.add(new eu.flightclaim.claims.domain.model.claim.DocumentRequest(id, documentType, text, actor));
        changes.change(id, version, c -> c.requestDocuments(actor, documentType, text));
        changes.emailStatus(claim.reference(), claim.customerEmail(), ClaimStatus.DOCUMENTS_REQUESTED, text,
                Map.of("documentType", documentType.replace('_', ' '), "message", text));
        return review(id);
    }

    /** The numbers of the whole book; "near a deadline" is within FC_DEADLINE_WARNING_DAYS. */
    public Stats stats() {
        return queries.stats(nearDeadlineDays);
    }

    /** Activity of the last {@code weeks} weeks (this one included), weeks starting on Monday (UTC). */
    public Activity activity(int weeks) {
        return queries.activity(weeks);
    }

    /** The references of these claims, for lists of things that belong to claims. */
    public Map<UUID, String> references(Collection<UUID> ids) {
        return queries.references(ids);
    }

    /** The full IBAN and holder of a claim's payout; the reveal is audited with who asked. */
    public PayoutDetails revealPayout(String actor, UUID id) {
        Claim claim = claims.find(id).orElseThrow(() -> new NotFoundException("claim", id));
        audit.record(actor, "claim.payout-revealed", "claim:" + id, null, null);
        Payout p = claim.payout();
        return new PayoutDetails(p.sealedIban() == null ? null : fieldKeys.cipher().decrypt(p.sealedIban()),
                p.accountHolder());
    }

    private static ClaimStatus status(String name) {
        return ClaimStatus.fromApiName(name).orElseThrow(() -> new InvalidInputException("to", "'" + name
                + "' is not a status; expected one of " + ClaimStatus.apiNames()));
    }

}
