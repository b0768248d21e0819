package eu.flightclaim.claims.application;

import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.ClaimWorkflow;
import eu.flightclaim.claims.domain.model.claim.Iban;
import eu.flightclaim.claims.domain.model.compensation.Assessment;
import eu.flightclaim.claims.domain.model.compensation.Deadline;
import eu.flightclaim.claims.domain.model.compensation.Regime;
import eu.flightclaim.claims.domain.model.compensation.RegimeResult;
import eu.flightclaim.claims.infrastructure.persistence.SqlValues;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Claims from the customer's side: submit (validated, assessed by the engine, idempotent, one open
 * claim per passenger and flight), read their own, follow the history, withdraw before a decision.
 */
@Stateless
public class ClaimService {

    private static final Jsonb JSON = JsonbBuilder.create();
    public static final String SUBMITTED_TEMPLATE = "claim-submitted";
    public static final String STATUS_TEMPLATE = "claim-status";

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

    /** A claim as its customer sees it. */
    public record ClaimView(UUID id, String reference, ClaimStatus status, String regime, BigDecimal amount,
            String currency, StoredAssessment assessment, LocalDate deadline, String itineraryJson,
            List<Passenger> passengers, String phone, String ibanMasked, String accountHolder, OffsetDateTime createdAt,
            long version) {
    }

    public record Event(OffsetDateTime at, String from, String to, String reason) {
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

    @SuppressWarnings("unchecked")
    public Submitted submit(UUID customer, String email, String ip, String idempotencyKey, String requestHash,
            Submission s) {
        if (idempotencyKey != null) {
            List<Object[]> earlier = em.createNativeQuery("SELECT request_hash, claim_id FROM idempotency_key"
                            + " WHERE customer_id = ? AND key = ? AND created_at > now() - interval '24 hours'")
                    .setParameter(1, customer).setParameter(2, idempotencyKey).getResultList();
            if (!earlier.isEmpty()) {
                if (!requestHash.equals(earlier.get(0)[0])) {
                    throw new UnprocessableClaimException("This Idempotency-Key was used for a different claim.",
                            List.of("Use a new Idempotency-Key for a new claim."));
                }
                return new Submitted(view(customer, (UUID) earlier.get(0)[1]), true);
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
        Iban iban = null;
        try {
            iban = Iban.parse(s.iban());
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidInputException.FieldError("payout.iban", "'" + s.iban() + "' " + e.getMessage()));
        }
        if (blankOrLong(s.accountHolder(), 140)) {
            errors.add(new InvalidInputException.FieldError("payout.accountHolder", "is required, up to 140 characters"));
        }
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
        if (s.phone() != null && !s.phone().matches("[+0-9 ()/-]{5,40}")) {
            errors.add(new InvalidInputException.FieldError("contact.phone", "'" + s.phone() + "' is not a phone number"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        EligibilityService.Parsed parsed = eligibility.question();
        Assessment assessment = eligibility.assessment();
        RegimeResult chosen = choose(assessment, s.regime());
        String flight = legs.get(0).flightNumber().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        for (Passenger p : passengers) {
            List<?> existing = em.createNativeQuery("SELECT c.reference FROM claim_flight_key k JOIN claim c"
                    + " ON c.id = k.claim_id WHERE k.passenger_key = ?").setParameter(1, key(p, flight, parsed.flightDate()))
                    .getResultList();
            if (!existing.isEmpty()) {
                throw new StateConflictException("There is already claim " + existing.get(0) + " for " + p.firstName()
                        + " " + p.lastName() + " on " + flight + " of " + parsed.flightDate() + ".");
            }
        }
        LocalDate deadline = eligibility.deadlines().stream().map(Deadline::deadline).min(Comparator.naturalOrder())
                .orElse(null);
        UUID id = UUID.randomUUID();
        String reference = (String) em.createNativeQuery("SELECT 'FC-' || extract(year from now())::int || '-'"
                + " || lpad(nextval('claim_reference_seq')::text, 6, '0')").getSingleResult();
        StoredAssessment stored = new StoredAssessment(chosen.regime().name(), Math.round(assessment.distanceKm()),
                chosen.band() == null ? null : chosen.band().name(), chosen.reductionPercent(), chosen.manualReview(),
                chosen.legalBasis(), chosen.reasons());
        em.createNativeQuery("""
                INSERT INTO claim (id, reference, customer_id, status, regime, itinerary_json, disruption_json,
                    assessment_json, amount, currency, manual_review, deadline, first_flight_date, contact_phone,
                    payout_iban_enc, payout_iban_masked, payout_holder, terms_version, consent_at, consent_ip)
                VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?)
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
                .setParameter(18, ip).executeUpdate();
        for (int i = 0; i < passengers.size(); i++) {
            Passenger p = passengers.get(i);
            em.createNativeQuery("INSERT INTO claim_passenger VALUES (?, ?, ?, ?, ?)").setParameter(1, id)
                    .setParameter(2, i).setParameter(3, p.firstName().trim()).setParameter(4, p.lastName().trim())
                    .setParameter(5, p.bookingReference() == null ? null : p.bookingReference().trim()
                            .toUpperCase(Locale.ROOT)).executeUpdate();
            em.createNativeQuery("INSERT INTO claim_flight_key VALUES (?, ?)")
                    .setParameter(1, key(p, flight, parsed.flightDate())).setParameter(2, id).executeUpdate();
        }
        event(id, email, null, ClaimStatus.SUBMITTED, "Submitted");
        if (idempotencyKey != null) {
            em.createNativeQuery("INSERT INTO idempotency_key (customer_id, key, request_hash, claim_id) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (customer_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash,"
                    + " claim_id = EXCLUDED.claim_id, created_at = now()")
                    .setParameter(1, customer).setParameter(2, idempotencyKey).setParameter(3, requestHash)
                    .setParameter(4, id).executeUpdate();
        }
        outbox.queue(SUBMITTED_TEMPLATE, email, Map.of("reference", reference, "regime", chosen.regime().name(),
                "amount", chosen.compensation() == null ? "to be determined" : chosen.compensation().toString(),
                "review", chosen.manualReview()));
        return new Submitted(view(customer, id), false);
    }

    /** The customer's own claims, newest first. */
    @SuppressWarnings("unchecked")
    public Page<ClaimView> list(UUID customer, int page, int size) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM claim WHERE customer_id = ?")
                .setParameter(1, customer).getSingleResult()).longValue();
        List<UUID> ids = em.createNativeQuery("SELECT id FROM claim WHERE customer_id = ? ORDER BY created_at DESC"
                + " OFFSET ? LIMIT ?").setParameter(1, customer).setParameter(2, (long) page * size)
                .setParameter(3, size).getResultList();
        return new Page<>(ids.stream().map(i -> view(customer, i)).toList(), total, page, size);
    }

    /** One of the customer's claims; someone else's is not found (not forbidden: it does not say it exists). */
    @SuppressWarnings("unchecked")
    public ClaimView view(UUID customer, UUID id) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT reference, status, regime, amount, currency, assessment_json, deadline, itinerary_json,
                       contact_phone, payout_iban_masked, payout_holder, created_at, version
                  FROM claim WHERE id = ? AND customer_id = ?
                """).setParameter(1, id).setParameter(2, customer).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("claim", id);
        }
        Object[] r = rows.get(0);
        List<Object[]> people = em.createNativeQuery("SELECT first_name, last_name, booking_reference"
                + " FROM claim_passenger WHERE claim_id = ? ORDER BY position").setParameter(1, id).getResultList();
        Object deadline = r[6];
        return new ClaimView(id, (String) r[0], ClaimStatus.valueOf((String) r[1]), (String) r[2], (BigDecimal) r[3],
                r[4] == null ? null : ((String) r[4]).trim(), JSON.fromJson((String) r[5], StoredAssessment.class),
                deadline instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) deadline, (String) r[7],
                people.stream().map(p -> new Passenger((String) p[0], (String) p[1], (String) p[2])).toList(),
                (String) r[8], (String) r[9], (String) r[10], SqlValues.offsetDateTime(r[11]), ((Number) r[12]).longValue());
    }

    /** What happened to the claim, as the customer may see it. */
    @SuppressWarnings("unchecked")
    public List<Event> history(UUID customer, UUID id) {
        view(customer, id);
        List<Object[]> rows = em.createNativeQuery("SELECT at, from_status, to_status, reason FROM claim_event"
                + " WHERE claim_id = ? AND customer_visible ORDER BY at, id").setParameter(1, id).getResultList();
        return rows.stream().map(r -> new Event(SqlValues.offsetDateTime(r[0]), lower((String) r[1]),
                lower((String) r[2]), (String) r[3])).toList();
    }

    /** The customer takes the claim back (only before a decision); the passengers may claim this flight again. */
    public ClaimView withdraw(UUID customer, String email, UUID id, String reason) {
        ClaimView claim = view(customer, id);
        try {
            ClaimWorkflow.check(claim.status(), ClaimStatus.WITHDRAWN, ClaimWorkflow.Actor.CUSTOMER, reason);
        } catch (ClaimWorkflow.TransitionRefused e) {
            throw new StateConflictException(e.getMessage() + " Allowed: "
                    + e.allowed().stream().map(ClaimStatus::apiName).toList());
        }
        int n = em.createNativeQuery("UPDATE claim SET status = 'WITHDRAWN', updated_at = now(), version = version + 1"
                + " WHERE id = ? AND version = ?").setParameter(1, id).setParameter(2, claim.version()).executeUpdate();
        if (n == 0) {
            throw new StateConflictException("The claim changed meanwhile; load it again.");
        }
        em.createNativeQuery("DELETE FROM claim_flight_key WHERE claim_id = ?").setParameter(1, id).executeUpdate();
        event(id, email, claim.status(), ClaimStatus.WITHDRAWN, reason == null || reason.isBlank() ? "Withdrawn" : reason);
        outbox.queue(STATUS_TEMPLATE, email, Map.of("reference", claim.reference(), "status", "withdrawn",
                "reason", reason == null ? "" : reason));
        return view(customer, id);
    }

    private void event(UUID claim, String actor, ClaimStatus from, ClaimStatus to, String reason) {
        em.createNativeQuery("INSERT INTO claim_event (claim_id, actor, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, claim).setParameter(2, actor).setParameter(3, from == null ? null : from.name())
                .setParameter(4, to.name()).setParameter(5, reason).executeUpdate();
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

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
