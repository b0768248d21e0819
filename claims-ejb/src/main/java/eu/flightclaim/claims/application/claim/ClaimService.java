package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.identity.DataKeys;
import eu.flightclaim.claims.application.notification.EmailOutbox;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.application.SqlStates;

import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.ClaimWorkflow;
import eu.flightclaim.claims.domain.model.claim.Iban;
import eu.flightclaim.claims.domain.model.compensation.Assessment;
import eu.flightclaim.claims.domain.model.compensation.Deadline;
import eu.flightclaim.claims.domain.model.compensation.Regime;
import eu.flightclaim.claims.domain.model.compensation.RegimeResult;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;

/**
 * Claims from the customer's side: submit (validated, assessed by the engine, idempotent, one open
 * claim per passenger and flight), read their own, follow the history, change contact, passengers and
 * payout while allowed, write to the team, answer a document request, withdraw before a decision.
 */
@Stateless
public class ClaimService {

    private static final Jsonb JSON = ClaimRecords.JSON;
    /** While the claim is in these, the customer may still change contact, passengers and payout. */
    private static final Set<ClaimStatus> EDITABLE = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.DOCUMENTS_REQUESTED);

    /** What the customer submits, beside the eligibility question. */
    public record Submission(EligibilityQuery eligibility, String itineraryJson, String regime, List<Passenger> passengers,
            String phone, String iban, String accountHolder, Boolean termsAccepted, Boolean assignmentAccepted,
            String termsVersion) {
    }

    public record Passenger(String firstName, String lastName, String bookingReference) {
    }

    /** The engine's result as stored with the claim. */
    public record StoredAssessment(String regime, long distanceKm, String band, int reductionPercent,
            boolean manualReview, List<String> legalBasis, List<String> reasons) {
    }

    /** A claim as its customer sees it (the amount is the effective one, override or engine). */
    public record ClaimView(UUID id, String reference, ClaimStatus status, String regime, BigDecimal amount,
            String currency, StoredAssessment assessment, LocalDate deadline, String itineraryJson,
            List<Passenger> passengers, String phone, String ibanMasked, String accountHolder, OffsetDateTime createdAt,
            long version, String customerEmail) {
    }

    /** A history entry; actor only for staff eyes. */
    public record Event(OffsetDateTime at, String from, String to, String reason, String kind, String actor,
            boolean customerVisible) {
    }

    /** One message of a claim's thread; author only for staff eyes. */
    public record Message(long id, OffsetDateTime at, String authorKind, String author, String body, boolean internal) {
    }

    /** A customer's change of their claim: null parts stay as they are. */
    public record Update(Contact contact, List<Passenger> passengers, Payout payout) {
    }

    public record Contact(String phone) {
    }

    public record Payout(String iban, String accountHolder) {
    }

    /** The answer to a submission: the claim, and whether it was a replay of an earlier identical one. */
    public record Submitted(ClaimView claim, boolean replayed) {
    }

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;
    @Inject
    private EligibilityService eligibilityService;
    @Inject
    private DataKeys dataKeys;
    @EJB
    private EmailOutbox outbox;
    @Inject
    private ClaimRecords records;

    @SuppressWarnings("unchecked")
    public Submitted submit(UUID customer, String email, String ip, String idempotencyKey, String requestHash,
            Submission s) {
        UUID id = UUID.randomUUID();
        if (idempotencyKey != null) {
            Submitted earlier = reserve(customer, idempotencyKey, requestHash, id);
            if (earlier != null) {
                return earlier;
            }
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        EligibilityService.Eligibility eligibility = null;
        try {
            eligibility = eligibilityService.assess(s.eligibility());
        } catch (InvalidInputException e) {
            errors.addAll(e.getErrors());
        }
        var legs = s.eligibility() == null || s.eligibility().legs() == null ? List.<EligibilityQuery.Leg>of()
                : s.eligibility().legs();
        if (!legs.isEmpty() && legs.get(0) != null) {
            if (legs.get(0).flightNumber() == null || legs.get(0).flightNumber().isBlank()) {
                errors.add(new InvalidInputException.FieldError("legs[0].flightNumber", "is required for a claim"));
            }
            if (legs.get(0).date() == null || legs.get(0).date().isBlank()) {
                errors.add(new InvalidInputException.FieldError("legs[0].date", "is required for a claim"));
            }
        }
        List<Passenger> passengers = s.passengers() == null ? List.of() : s.passengers();
        checkPassengers(passengers, errors);
        Iban iban = checkPayout(s.iban(), s.accountHolder(), errors);
        if (!Boolean.TRUE.equals(s.termsAccepted())) {
            errors.add(new InvalidInputException.FieldError("consent.termsAccepted", "the terms must be accepted"));
        }
        if (!Boolean.TRUE.equals(s.assignmentAccepted())) {
            errors.add(new InvalidInputException.FieldError("consent.assignmentAccepted",
                    "the assignment and power of attorney must be accepted"));
        }
        if (blankOrLong(s.termsVersion(), 20)) {
            errors.add(new InvalidInputException.FieldError("consent.termsVersion", "is required"));
        }
        checkPhone(s.phone(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        EligibilityService.Parsed parsed = eligibility.question();
        Assessment assessment = eligibility.assessment();
        RegimeResult chosen = choose(assessment, s.regime());
        String flight = legs.get(0).flightNumber().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        refuseDuplicates(customer, null, passengers, flight, parsed.flightDate());
        LocalDate deadline = eligibility.deadlines().stream().map(Deadline::deadline).min(Comparator.naturalOrder())
                .orElse(null);
        String reference = (String) em.createNativeQuery("SELECT 'FC-' || extract(year from now())::int || '-'"
                + " || lpad(nextval('claim_reference_seq')::text, 6, '0')").getSingleResult();
        StoredAssessment stored = new StoredAssessment(chosen.regime().name(), Math.round(assessment.distanceKm()),
                chosen.band() == null ? null : chosen.band().name(), chosen.reductionPercent(), chosen.manualReview(),
                chosen.legalBasis(), chosen.reasons());
        em.createNativeQuery("""
                INSERT INTO claim (id, reference, customer_id, status, regime, itinerary_json, disruption_json,
                    assessment_json, amount, currency, manual_review, deadline, first_flight_date, contact_phone,
                    payout_iban_enc, payout_iban_masked, payout_holder, terms_version, consent_at, consent_ip,
                    flight_number, airline)
                VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?, ?, ?)
                """)
                .setParameter(1, id).setParameter(2, reference).setParameter(3, customer)
                .setParameter(4, chosen.regime().name()).setParameter(5, s.itineraryJson())
                .setParameter(6, JSON.toJson(s.eligibility().disruption())).setParameter(7, JSON.toJson(stored))
                .setParameter(8, chosen.compensation() == null ? null : chosen.compensation().amount())
                .setParameter(9, chosen.compensation() == null ? null : chosen.compensation().currency())
                .setParameter(10, chosen.manualReview()).setParameter(11, deadline)
                .setParameter(12, parsed.flightDate()).setParameter(13, s.phone())
                .setParameter(14, dataKeys.cipher().encrypt(iban.value())).setParameter(15, iban.masked())
                .setParameter(16, s.accountHolder().trim()).setParameter(17, s.termsVersion().trim())
                .setParameter(18, ip).setParameter(19, flight)
                .setParameter(20, legs.get(0).carrier() != null && !legs.get(0).carrier().isBlank()
                        ? legs.get(0).carrier().trim().toUpperCase(Locale.ROOT) : flight.substring(0, Math.min(2, flight.length())))
                .executeUpdate();
        writePassengers(id, passengers, flight, parsed.flightDate());
        records.event(id, ClaimRecords.Kind.STATUS, email, null, ClaimStatus.SUBMITTED, "Submitted", true);
        outbox.queue(ClaimRecords.SUBMITTED_TEMPLATE, email, Map.of("reference", reference, "regime", chosen.regime().name(),
                "amount", chosen.compensation() == null ? "to be determined" : chosen.compensation().toString(),
                "review", chosen.manualReview()));
        return new Submitted(records.view(customer, id), false);
    }

    /**
     * Reserves the Idempotency-Key for the claim about to be written, first thing in the transaction
     * (the row points at the claim; its foreign key is checked at commit). A concurrent request with
     * the same key waits on this row until the first one ends, then sees its outcome: the committed
     * claim (replayed if the body is the same, 422 if not), or, if it rolled back, the key free again.
     * A wait longer than a few seconds is a 409 to retry. Null when the key is now this claim's.
     */
    @SuppressWarnings("unchecked")
    private Submitted reserve(UUID customer, String key, String requestHash, UUID claimId) {
        int reserved;
        try {
            em.createNativeQuery("SET LOCAL lock_timeout = '5s'").executeUpdate();
            reserved = em.createNativeQuery("INSERT INTO idempotency_key (customer_id, key, request_hash, claim_id)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (customer_id, key) DO NOTHING").setParameter(1, customer)
                    .setParameter(2, key).setParameter(3, requestHash).setParameter(4, claimId).executeUpdate();
            em.createNativeQuery("SET LOCAL lock_timeout = DEFAULT").executeUpdate();
        } catch (PersistenceException e) {
            if (SqlStates.is(e, SqlStates.LOCK_NOT_AVAILABLE)) {
                throw StateConflictException.retryLater("A claim with this Idempotency-Key is still being submitted;"
                        + " ask again in a moment for its outcome.", 1);
            }
            throw e;
        }
        if (reserved == 1) {
            return null;
        }
        Object[] earlier = (Object[]) em.createNativeQuery("SELECT request_hash, claim_id,"
                + " created_at > now() - interval '24 hours' FROM idempotency_key WHERE customer_id = ? AND key = ?"
                + " FOR UPDATE").setParameter(1, customer).setParameter(2, key).getSingleResult();
        if (!Boolean.TRUE.equals(earlier[2])) { // older than a day: the key starts afresh
            em.createNativeQuery("UPDATE idempotency_key SET request_hash = ?, claim_id = ?, created_at = now()"
                    + " WHERE customer_id = ? AND key = ?").setParameter(1, requestHash).setParameter(2, claimId)
                    .setParameter(3, customer).setParameter(4, key).executeUpdate();
            return null;
        }
        if (!requestHash.equals(earlier[0])) {
            throw new UnprocessableClaimException("This Idempotency-Key was used for a different claim.",
                    List.of("Use a new Idempotency-Key for a new claim."));
        }
        return new Submitted(records.view(customer, (UUID) earlier[1]), true);
    }

    /** The customer's own claims, newest first. */
    @SuppressWarnings("unchecked")
    public Page<ClaimView> list(UUID customer, int page, int size) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM claim WHERE customer_id = ?")
                .setParameter(1, customer).getSingleResult()).longValue();
        List<UUID> ids = em.createNativeQuery("SELECT id FROM claim WHERE customer_id = ? ORDER BY created_at DESC"
                + " OFFSET ? LIMIT ?").setParameter(1, customer).setParameter(2, (long) page * size)
                .setParameter(3, size).getResultList();
        return new Page<>(ids.stream().map(i -> records.view(customer, i)).toList(), total, page, size);
    }

    /**
     * A document arrived for a claim (files-ejb's event): it answers the open requests of its type,
     * and when none is left open the claim goes back to the reviewers as resubmitted.
     */
    public void documentArrived(UUID claimId, String documentType, String actor) {
        int answered = em.createNativeQuery("UPDATE document_request SET answered_at = now() WHERE claim_id = ?"
                        + " AND document_type = ? AND answered_at IS NULL").setParameter(1, claimId)
                .setParameter(2, documentType).executeUpdate();
        if (answered == 0) {
            return;
        }
        long open = ((Number) em.createNativeQuery("SELECT count(*) FROM document_request WHERE claim_id = ?"
                + " AND answered_at IS NULL").setParameter(1, claimId).getSingleResult()).longValue();
        ClaimView claim = records.view(null, claimId);
        if (open == 0 && claim.status() == ClaimStatus.DOCUMENTS_REQUESTED) {
            records.transition(claimId, claim.version(), claim.reference(), claim.customerEmail(), actor,
                    claim.status(), ClaimStatus.RESUBMITTED, "The requested documents arrived", Map.of());
            em.createNativeQuery("UPDATE claim SET flagged = FALSE, flag_reason = NULL WHERE id = ? AND flag_reason = ?")
                    .setParameter(1, claimId).setParameter(2, ClaimRecords.FLAG_NO_ANSWER).executeUpdate();
        }
    }

    /** A reviewer rejected one of the claim's documents: the customer is told why, in the claim's history too. */
    public void documentRejected(UUID claimId, String documentType, String fileName, String reason) {
        ClaimView claim = records.view(null, claimId);
        records.event(claimId, ClaimRecords.Kind.DOCUMENTS_REQUESTED, "staff", claim.status(), claim.status(),
                "Document rejected (" + documentType.replace('_', ' ') + ", " + fileName + "): " + reason, true);
        outbox.queue(ClaimRecords.DOCUMENT_REJECTED_TEMPLATE, claim.customerEmail(), Map.of("reference",
                claim.reference(), "documentType", documentType.replace('_', ' '), "fileName", fileName,
                "reason", reason));
    }

    /** The customer a claim belongs to (for staff acting on any claim). */
    public UUID ownerOf(UUID claimId) {
        List<?> owner = em.createNativeQuery("SELECT customer_id FROM claim WHERE id = ?").setParameter(1, claimId)
                .getResultList();
        if (owner.isEmpty()) {
            throw new NotFoundException("claim", claimId);
        }
        return (UUID) owner.get(0);
    }

    /** One of the customer's claims; someone else's is not found (not forbidden: it does not say it exists). */
    public ClaimView view(UUID customer, UUID id) {
        return records.view(customer, id);
    }

    /** What happened to the claim, as the customer may see it. */
    public List<Event> history(UUID customer, UUID id) {
        records.view(customer, id);
        return records.history(id, false);
    }

    /**
     * The customer changes contact, passengers or payout while the claim is submitted or documents
     * are requested. {@code version}, when given, must be the one the customer last saw.
     */
    public ClaimView update(UUID customer, String email, UUID id, Long version, Update u) {
        ClaimView claim = records.view(customer, id);
        if (!EDITABLE.contains(claim.status())) {
            throw new StateConflictException("A claim that is " + claim.status().apiName() + " can no longer be changed;"
                    + " write to us in the claim's messages instead.");
        }
        if (u == null || (u.contact() == null && u.passengers() == null && u.payout() == null)) {
            throw new InvalidInputException("contact", "Nothing to change: send contact, passengers or payout.");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (u.contact() != null) {
            checkPhone(u.contact().phone(), errors);
        }
        if (u.passengers() != null) {
            checkPassengers(u.passengers(), errors);
        }
        Iban iban = u.payout() == null ? null : checkPayout(u.payout().iban(), u.payout().accountHolder(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        records.bump(id, version == null ? claim.version() : version);
        List<String> changed = new ArrayList<>();
        if (u.contact() != null) {
            em.createNativeQuery("UPDATE claim SET contact_phone = ? WHERE id = ?").setParameter(1, u.contact().phone())
                    .setParameter(2, id).executeUpdate();
            changed.add("contact");
        }
        if (u.passengers() != null) {
            Object[] flight = (Object[]) em.createNativeQuery("SELECT flight_number, first_flight_date FROM claim WHERE id = ?")
                    .setParameter(1, id).getSingleResult();
            LocalDate date = flight[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) flight[1];
            em.createNativeQuery("DELETE FROM claim_flight_key WHERE claim_id = ?").setParameter(1, id).executeUpdate();
            em.createNativeQuery("DELETE FROM claim_passenger WHERE claim_id = ?").setParameter(1, id).executeUpdate();
            refuseDuplicates(customer, id, u.passengers(), (String) flight[0], date);
            writePassengers(id, u.passengers(), (String) flight[0], date);
            changed.add("passengers");
        }
        if (iban != null) {
            em.createNativeQuery("UPDATE claim SET payout_iban_enc = ?, payout_iban_masked = ?, payout_holder = ? WHERE id = ?")
                    .setParameter(1, dataKeys.cipher().encrypt(iban.value())).setParameter(2, iban.masked())
                    .setParameter(3, u.payout().accountHolder().trim()).setParameter(4, id).executeUpdate();
            changed.add("payout details");
        }
        records.event(id, ClaimRecords.Kind.EDITED, email, claim.status(), claim.status(),
                "Changed by the customer: " + String.join(", ", changed), true);
        return records.view(customer, id);
    }

    /** The customer takes the claim back (only before a decision); the passengers may claim this flight again. */
    public ClaimView withdraw(UUID customer, String email, UUID id, Long version, String reason) {
        return move(customer, email, id, version, ClaimStatus.WITHDRAWN,
                reason == null || reason.isBlank() ? "Withdrawn by the customer" : reason.strip());
    }

    /**
     * The customer answers a document request (the documents themselves are uploaded separately):
     * open requests count as answered and the claim goes back to the reviewers.
     */
    public ClaimView resubmit(UUID customer, String email, UUID id, Long version, String message) {
        String text = message == null || message.isBlank() ? null : ClaimRecords.messageBody(message);
        ClaimView moved = move(customer, email, id, version, ClaimStatus.RESUBMITTED, "Documents provided");
        if (text != null) {
            records.message(id, false, email, text, false);
        }
        em.createNativeQuery("UPDATE document_request SET answered_at = now() WHERE claim_id = ? AND answered_at IS NULL")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE claim SET flagged = FALSE, flag_reason = NULL WHERE id = ? AND flag_reason = ?")
                .setParameter(1, id).setParameter(2, ClaimRecords.FLAG_NO_ANSWER).executeUpdate();
        return moved;
    }

    private ClaimView move(UUID customer, String email, UUID id, Long version, ClaimStatus to, String reason) {
        ClaimView claim = records.view(customer, id);
        ClaimRecords.check(claim.status(), to, ClaimWorkflow.Actor.CUSTOMER, reason);
        records.transition(id, version == null ? claim.version() : version, claim.reference(), email, email,
                claim.status(), to, reason, Map.of());
        return records.view(customer, id);
    }

    /** The claim's thread as the customer sees it (no internal notes). */
    public List<Message> messages(UUID customer, UUID id) {
        records.view(customer, id);
        return records.messages(id, false);
    }

    /** The customer writes to the team about the claim. */
    public Message write(UUID customer, String email, UUID id, String body) {
        String text = ClaimRecords.messageBody(body);
        records.view(customer, id);
        return records.message(id, false, email, text, false);
    }

    private void writePassengers(UUID id, List<Passenger> passengers, String flight, LocalDate date) {
        for (int i = 0; i < passengers.size(); i++) {
            Passenger p = passengers.get(i);
            em.createNativeQuery("INSERT INTO claim_passenger VALUES (?, ?, ?, ?, ?)").setParameter(1, id)
                    .setParameter(2, i).setParameter(3, p.firstName().trim()).setParameter(4, p.lastName().trim())
                    .setParameter(5, p.bookingReference() == null ? null : p.bookingReference().trim()
                            .toUpperCase(Locale.ROOT)).executeUpdate();
            em.createNativeQuery("INSERT INTO claim_flight_key VALUES (?, ?)")
                    .setParameter(1, key(p, flight, date)).setParameter(2, id).executeUpdate();
        }
    }

    /**
     * One open claim per passenger, flight and date: another claim holding the key is a 409 naming
     * it — by its reference when it is the customer's own, not when someone else made it.
     */
    private void refuseDuplicates(UUID customer, UUID self, List<Passenger> passengers, String flight, LocalDate date) {
        Set<String> keys = new HashSet<>();
        for (Passenger p : passengers) {
            if (!keys.add(key(p, flight, date))) {
                throw new InvalidInputException("passengers", p.firstName() + " " + p.lastName() + " is listed twice.");
            }
            List<?> existing = em.createNativeQuery("SELECT CASE WHEN c.customer_id = ? THEN c.reference END"
                    + " FROM claim_flight_key k JOIN claim c ON c.id = k.claim_id WHERE k.passenger_key = ?"
                    + " AND (CAST(? AS UUID) IS NULL OR c.id <> CAST(? AS UUID))").setParameter(1, customer)
                    .setParameter(2, key(p, flight, date)).setParameter(3, self).setParameter(4, self).getResultList();
            if (!existing.isEmpty()) {
                throw new StateConflictException("There is already " + (existing.get(0) == null
                        ? "a claim made by someone else" : "claim " + existing.get(0)) + " for " + p.firstName() + " "
                        + p.lastName() + " on " + flight + " of " + date + ".");
            }
        }
    }

    private static void checkPassengers(List<Passenger> passengers, List<InvalidInputException.FieldError> errors) {
        if (passengers.isEmpty() || passengers.size() > 9) {
            errors.add(new InvalidInputException.FieldError("passengers", "must have 1 to 9 passengers, has "
                    + passengers.size()));
        }
        for (int i = 0; i < passengers.size(); i++) {
            Passenger p = passengers.get(i);
            if (p == null || blankOrLong(p.firstName(), 100) || blankOrLong(p.lastName(), 100)) {
                errors.add(new InvalidInputException.FieldError("passengers[" + i + "]",
                        "first and last name are required, up to 100 characters each"));
            } else if (p.bookingReference() != null && !p.bookingReference().trim().toUpperCase(Locale.ROOT)
                    .matches("[A-Z0-9]{5,8}")) {
                errors.add(new InvalidInputException.FieldError("passengers[" + i + "].bookingReference",
                        "'" + p.bookingReference() + "' is not a booking reference (5 to 8 letters or digits)"));
            }
        }
    }

    /** The IBAN (checksum) and account holder; the parsed IBAN, or null with the errors added. */
    private static Iban checkPayout(String ibanText, String holder, List<InvalidInputException.FieldError> errors) {
        Iban iban = null;
        try {
            iban = Iban.parse(ibanText);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.FieldError("payout.iban", "'" + ibanText + "' " + e.getMessage()));
        }
        if (blankOrLong(holder, 140)) {
            errors.add(new InvalidInputException.FieldError("payout.accountHolder", "is required, up to 140 characters"));
        }
        return iban;
    }

    private static void checkPhone(String phone, List<InvalidInputException.FieldError> errors) {
        if (phone != null && !phone.matches("[+0-9 ()/-]{5,40}")) {
            errors.add(new InvalidInputException.FieldError("contact.phone", "'" + phone + "' is not a phone number"));
        }
    }

    private static RegimeResult choose(Assessment a, String requested) {
        List<RegimeResult> applicable = a.results().stream().filter(RegimeResult::applicable).toList();
        if (applicable.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            a.results().forEach(r -> reasons.addAll(r.reasons()));
            throw new UnprocessableClaimException("Neither EU261 nor UK261 covers this journey.", reasons);
        }
        if (requested == null || requested.isBlank()) {
            if (applicable.size() > 1) {
                throw new InvalidInputException("regime", "The journey falls under both EU261 and UK261: choose one.");
            }
            return applicable.get(0);
        }
        Regime regime;
        try {
            regime = Regime.valueOf(requested.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("regime", "unknown value '" + requested + "', expected EU261 or UK261");
        }
        return applicable.stream().filter(r -> r.regime() == regime).findFirst().orElseThrow(() ->
                new InvalidInputException("regime", regime + " does not cover this journey; "
                        + applicable.get(0).regime() + " does."));
    }

    private static String key(Passenger p, String flight, LocalDate date) {
        return p.firstName().trim().toLowerCase(Locale.ROOT) + "|" + p.lastName().trim().toLowerCase(Locale.ROOT) + "|"
                + flight + "|" + date;
    }

    private static boolean blankOrLong(String s, int max) {
        return s == null || s.isBlank() || s.length() > max;
    }
}
