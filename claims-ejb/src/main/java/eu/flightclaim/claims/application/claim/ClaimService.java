package eu.flightclaim.claims.application.claim;

import eu.flightclaim.claims.application.identity.FieldEncryptionKeys;
import eu.flightclaim.claims.application.notification.EmailOutbox;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.claims.application.Page;

import eu.flightclaim.claims.domain.model.claim.Claim;
import eu.flightclaim.claims.domain.model.claim.ClaimRepository;
import eu.flightclaim.claims.domain.model.claim.ClaimStatus;
import eu.flightclaim.claims.domain.model.claim.Itinerary;
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
import jakarta.json.bind.JsonbBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private static final Jsonb JSON = JsonbBuilder.create();

    /** What the customer submits, beside the eligibility question. */
    public record Submission(EligibilityQuery eligibility, Itinerary itinerary, String regime, List<Passenger> passengers,
            String phone, String iban, String accountHolder, Boolean termsAccepted, Boolean assignmentAccepted,
            ClaimSignatures.Acceptance acceptance) {

        String termsVersion() {
            return acceptance == null ? null : acceptance.termsVersion();
        }
    }

    public record Passenger(String firstName, String lastName, String bookingReference) implements Serializable {
    }

    /**
     * The engine's result as stored with the claim, with the rule set it was judged by: a later
     * change of the rules never rewrites an assessed claim.
     */
    public record StoredAssessment(String regime, long distanceKm, String band, int reductionPercent,
            boolean manualReview, List<String> legalBasis, List<String> reasons, String ruleSet,
            List<String> openQuestions) implements Serializable {
    }

    /** A claim as its customer sees it (the amount is the effective one, override or engine). */
    public record ClaimView(UUID id, String reference, ClaimStatus status, String regime, BigDecimal amount,
            String currency, StoredAssessment assessment, LocalDate deadline, Itinerary itinerary,
            List<Passenger> passengers, String phone, String ibanMasked, String accountHolder, OffsetDateTime createdAt,
            long version, String customerEmail) implements Serializable {
    }

    /** A history entry; actor only for staff eyes. */
    public record Event(OffsetDateTime at, String from, String to, String reason, String kind, String actor,
            boolean customerVisible) implements Serializable {
    }

    /** One message of a claim's thread; author only for staff eyes. */
    public record Message(long id, OffsetDateTime at, String authorKind, String author, String body, boolean internal,
            UUID documentId) implements Serializable {
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

    /** A document the team asked the customer for (who asked is for staff eyes only). */
    public record Request(long id, String documentType, String message, OffsetDateTime requestedAt,
            OffsetDateTime answeredAt) {
    }

    @Inject
    private EligibilityService eligibilityService;
    @Inject
    private FieldEncryptionKeys fieldKeys;
    @EJB
    private EmailOutbox outbox;
    @Inject
    private ClaimChanges changes;
    @Inject
    private ClaimRepository claims;
    @Inject
    private ClaimQueries queries;
    @Inject
    private IdempotencyKeys idempotencyKeys;

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
        ClaimTerms.checkVersion(s.termsVersion(), errors);
        checkPhone(s.phone(), errors);
        Claim.Consent consent = errors.isEmpty() && s.acceptance() != null
                ? ClaimSignatures.check(s.acceptance(), people(passengers), errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }

        EligibilityService.Parsed parsed = eligibility.question();
        Assessment assessment = eligibility.assessment();
        if (!assessment.stops().isEmpty()) {
            throw new UnprocessableClaimException("This claim cannot go ahead.", assessment.stops());
        }
        RegimeResult chosen = choose(assessment, s.regime());
        String flight = legs.get(0).flightNumber().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        List<eu.flightclaim.claims.domain.model.claim.Passenger> people = people(passengers);
        LocalDate deadline = eligibility.deadlines().stream().map(Deadline::deadline).min(Comparator.naturalOrder())
                .orElse(null);
        StoredAssessment stored = new StoredAssessment(chosen.regime().name(), Math.round(assessment.distanceKm()),
                chosen.band() == null ? null : chosen.band().name(), chosen.reductionPercent(), chosen.manualReview(),
                chosen.legalBasis(), chosen.reasons(), chosen.ruleSet(), assessment.openQuestions());
        String airline = legs.get(0).carrier() != null && !legs.get(0).carrier().isBlank()
                ? legs.get(0).carrier().trim().toUpperCase(Locale.ROOT) : flight.substring(0, Math.min(2, flight.length()));
        refuseDuplicates(customer, id, flight, parsed.flightDate(), people);
        Claim claim = Claim.submit(id, claims.nextReference(), customer, email, new Claim.Filing(chosen.regime().name(),
                s.itinerary(), JSON.toJson(s.eligibility().disruption()), JSON.toJson(stored),
                chosen.compensation() == null ? null : chosen.compensation().amount(),
                chosen.compensation() == null ? null : chosen.compensation().currency(), chosen.manualReview(), deadline,
                parsed.flightDate(), flight, airline, people, s.phone(), payout(iban, s.accountHolder()),
                s.termsVersion().trim(), ip, consent));
        claims.add(claim);
        outbox.queue(ClaimChanges.SUBMITTED_TEMPLATE, email, Map.of("reference", claim.reference(), "regime",
                chosen.regime().name(), "amount", chosen.compensation() == null ? "to be determined"
                        : chosen.compensation().toString(), "review", chosen.manualReview()));
        return new Submitted(changes.view(customer, id), false);
    }

    /**
     * Reserves the Idempotency-Key for the claim about to be written, first thing in the transaction
     * (see {@link IdempotencyKeys}). Null when the key is now this claim's; else the earlier claim.
     */
    private Submitted reserve(UUID customer, String key, String requestHash, UUID claimId) {
        UUID earlier = idempotencyKeys.reserve(customer, key, requestHash, claimId);
        return earlier == null ? null : new Submitted(changes.view(customer, earlier), true);
    }

    /** The customer's own claims, newest first. */
    public Page<ClaimView> list(UUID customer, int page, int size) {
        return queries.ofCustomer(customer, page, size);
    }

    /**
     * A document arrived for a claim (files-ejb's event): it answers the open requests of its type,
     * and when none is left open the claim goes back to the reviewers as resubmitted.
     */
    public void documentArrived(UUID claimId, String documentType, String actor) {
        if (claims.answerRequests(claimId, documentType) == 0 || claims.openRequests(claimId) > 0) {
            return;
        }
        ClaimView view = changes.view(null, claimId);
        if (view.status() == ClaimStatus.DOCUMENTS_REQUESTED) {
            String reason = "The requested documents arrived";
            changes.change(claimId, null, c -> c.documentsProvided(ClaimWorkflow.Actor.CUSTOMER, actor, reason));
            changes.emailStatus(view.reference(), view.customerEmail(), ClaimStatus.RESUBMITTED, reason, Map.of());
        }
    }

    /** A reviewer rejected one of the claim's documents: the customer is told why, in the claim's history too. */
    public void documentRejected(UUID claimId, String documentType, String fileName, String reason) {
        ClaimView view = changes.view(null, claimId);
        changes.change(claimId, null, c -> c.documentRejected(documentType, fileName, reason));
        changes.email(ClaimChanges.DOCUMENT_REJECTED_TEMPLATE, view.customerEmail(), Map.of("reference",
                view.reference(), "documentType", documentType.replace('_', ' '), "fileName", fileName,
                "reason", reason));
    }

    /** The customer a claim belongs to (for staff acting on any claim). */
    public UUID ownerOf(UUID claimId) {
        return claims.find(claimId).map(Claim::customerId).orElseThrow(() -> new NotFoundException("claim", claimId));
    }

    /** One of the customer's claims; someone else's is not found (not forbidden: it does not say it exists). */
    public ClaimView view(UUID customer, UUID id) {
        return changes.view(customer, id);
    }

    /** What happened to the claim, as the customer may see it. */
    public List<Event> history(UUID customer, UUID id) {
        changes.view(customer, id);
        return changes.history(id, false);
    }

    /**
     * The customer changes contact, passengers or payout while the claim is submitted or documents
     * are requested. {@code version}, when given, must be the one the customer last saw.
     */
    public ClaimView update(UUID customer, String email, UUID id, Long version, Update u) {
        ClaimView view = changes.view(customer, id);
        if (!Claim.EDITABLE.contains(view.status())) {
            throw new StateConflictException("A claim that is " + view.status().apiName() + " can no longer be changed;"
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
        List<String> changed = new ArrayList<>();
        if (u.contact() != null) {
            changed.add("contact");
        }
        if (u.passengers() != null) {
            changed.add("passengers");
        }
        if (iban != null) {
            changed.add("payout details");
        }
        List<eu.flightclaim.claims.domain.model.claim.Passenger> people = u.passengers() == null ? null
                : people(u.passengers());
        changes.change(id, version, c -> {
            if (people != null) {
                refuseDuplicates(customer, c.id(), c.flightNumber(), c.firstFlightDate(), people);
            }
            c.edit(email, u.contact() == null ? null : u.contact().phone(), people,
                    iban == null ? null : payout(iban, u.payout().accountHolder()), changed);
        });
        return changes.view(customer, id);
    }

    /** The customer takes the claim back (only before a decision); the passengers may claim this flight again. */
    public ClaimView withdraw(UUID customer, String email, UUID id, Long version, String reason) {
        String why = reason == null || reason.isBlank() ? "Withdrawn by the customer" : reason.strip();
        ClaimView view = changes.view(customer, id);
        changes.change(id, version, c -> c.moveTo(ClaimStatus.WITHDRAWN, ClaimWorkflow.Actor.CUSTOMER, email, why));
        changes.emailStatus(view.reference(), email, ClaimStatus.WITHDRAWN, why, Map.of());
        return changes.view(customer, id);
    }

    /**
     * The customer answers a document request (the documents themselves are uploaded separately):
     * open requests count as answered and the claim goes back to the reviewers.
     */
    public ClaimView resubmit(UUID customer, String email, UUID id, Long version, String message) {
        String text = message == null || message.isBlank() ? null : ClaimChanges.messageBody(message);
        String reason = "Documents provided";
        ClaimView view = changes.view(customer, id);
        changes.change(id, version, c -> c.documentsProvided(ClaimWorkflow.Actor.CUSTOMER, email, reason));
        changes.emailStatus(view.reference(), email, ClaimStatus.RESUBMITTED, reason, Map.of());
        if (text != null) {
            changes.message(id, false, email, text, false);
        }
        claims.answerRequests(id, null);
        return changes.view(customer, id);
    }

    /** The claim's thread as the customer sees it (no internal notes). */
    /** What the team asked the customer for: the open requests first, each group newest first. */
    public List<Request> documentRequests(UUID customer, UUID id) {
        changes.view(customer, id);
        return claims.documentRequests(id).stream()
                .map(q -> new Request(q.id(), q.documentType(), q.message(), q.requestedAt(), q.answeredAt()))
                .sorted(java.util.Comparator.comparing((Request r) -> r.answeredAt() != null)
                        .thenComparing(Request::requestedAt, java.util.Comparator.reverseOrder()))
                .toList();
    }

    public List<Message> messages(UUID customer, UUID id) {
        changes.view(customer, id);
        return changes.messages(id, false);
    }

    /** The customer writes to the team about the claim, with one of its documents when {@code documentId} is given. */
    public Message write(UUID customer, String email, UUID id, String body, UUID documentId) {
        String text = ClaimChanges.messageBody(body);
        changes.view(customer, id);
        return changes.message(id, false, email, text, false, documentId);
    }

    private List<eu.flightclaim.claims.domain.model.claim.Passenger> people(List<Passenger> passengers) {
        return passengers.stream().map(p -> new eu.flightclaim.claims.domain.model.claim.Passenger(p.firstName(),
                p.lastName(), p.bookingReference())).toList();
    }

    private eu.flightclaim.claims.domain.model.claim.Payout payout(Iban iban, String holder) {
        return new eu.flightclaim.claims.domain.model.claim.Payout(fieldKeys.cipher().encrypt(iban.value()), iban.masked(), holder);
    }

    /**
     * One open claim per passenger, flight and date: another claim holding the key is a 409 naming
     * it — by its reference when it is the customer's own, not when someone else made it.
     */
    private void refuseDuplicates(UUID customer, UUID self, String flight, LocalDate date,
            List<eu.flightclaim.claims.domain.model.claim.Passenger> people) {
        Set<String> keys = new HashSet<>();
        for (var p : people) {
            String key = p.flightKey(flight, date);
            if (!keys.add(key)) {
                throw new InvalidInputException("passengers", p.firstName() + " " + p.lastName() + " is listed twice.");
            }
            claims.holderOf(key, self).ifPresent(holder -> {
                throw new StateConflictException("There is already " + (!holder.customerId().equals(customer)
                        ? "a claim made by someone else" : "claim " + holder.reference()) + " for " + p.firstName() + " "
                        + p.lastName() + " on " + flight + " of " + date + ".");
            });
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

    private static boolean blankOrLong(String s, int max) {
        return s == null || s.isBlank() || s.length() > max;
    }
}
