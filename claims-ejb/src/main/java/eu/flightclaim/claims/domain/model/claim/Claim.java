package eu.flightclaim.claims.domain.model.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A claim for compensation: what the customer filed (itinerary, passengers, payout, consent), what
 * the engine found (regime, assessment, amount, deadline), and where it is in its workflow. Every
 * change goes through a method here, which checks the rule, records the history entry and counts the
 * version up; the repository stores the claim and its new entries together.
 */
@Entity
@Table(name = "claim")
public class Claim {

    /** While the claim is in these, the customer may still change contact, passengers and payout. */
    public static final Set<ClaimStatus> EDITABLE = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.DOCUMENTS_REQUESTED);
    /** The statuses in which a claim is still open (undecided): limitation deadlines matter for these. */
    public static final Set<ClaimStatus> OPEN = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.UNDER_REVIEW,
            ClaimStatus.DOCUMENTS_REQUESTED, ClaimStatus.RESUBMITTED);
    /** The flag the follow-up job sets when a reminder about requested documents went unanswered. */
    public static final String FLAG_NO_ANSWER = "No answer to a document request after a reminder";
    /** The largest amount a reviewer may set. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    @Id
    private UUID id;
    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;
    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ClaimStatus status;
    @Column(name = "regime", nullable = false, updatable = false)
    private String regime;
    @Column(name = "itinerary_json", nullable = false, updatable = false)
    private Itinerary itinerary;
    @Column(name = "disruption_json", nullable = false, updatable = false)
    private String disruptionJson;
    @Column(name = "assessment_json", nullable = false, updatable = false)
    private String assessmentJson;
    @Column(name = "amount", updatable = false)
    private BigDecimal amount;
    @Column(name = "currency", updatable = false)
    private String currency;
    @Column(name = "manual_review", nullable = false, updatable = false)
    private boolean manualReview;
    @Column(name = "deadline", updatable = false)
    private LocalDate deadline;
    @Column(name = "first_flight_date", updatable = false)
    private LocalDate firstFlightDate;
    @Column(name = "flight_number", updatable = false)
    private String flightNumber;
    @Column(name = "airline", updatable = false)
    private String airline;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Embedded
    private Payout payout;
    @Column(name = "terms_version", nullable = false, updatable = false)
    private String termsVersion;
    @Column(name = "consent_at", nullable = false, updatable = false)
    private OffsetDateTime consentAt;
    @Column(name = "consent_ip", updatable = false)
    private String consentIp;
    @Column(name = "consent_user_agent", updatable = false)
    private String consentUserAgent;
    @Column(name = "terms_language", updatable = false)
    private String termsLanguage;
    @Column(name = "terms_sha256", updatable = false)
    private String termsSha256;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", insertable = false)
    private OffsetDateTime updatedAt;
    /** Counted up by every change; the API's ETag. Changes lock the row, so the count is exact. */
    @Column(name = "version", nullable = false)
    private long version;
    @Column(name = "assignee_id")
    private Long assigneeId;
    @Column(name = "flagged", nullable = false)
    private boolean flagged;
    @Column(name = "flag_reason")
    private String flagReason;
    @Embedded
    private CompensationOverride override;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    /** Set by an erasure (SQL): kept only for legal claims, hidden from everyday work. */
    @Column(name = "restricted_at", insertable = false, updatable = false)
    private OffsetDateTime restrictedAt;
    /** Set when its retention ended (SQL): no personal data left. */
    @Column(name = "anonymised_at", insertable = false, updatable = false)
    private OffsetDateTime anonymisedAt;

    @ElementCollection
    @CollectionTable(name = "claim_passenger", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<Passenger> passengers = new ArrayList<>();

    /** The passengers' signatures of the assignment, as given with the submission. */
    @ElementCollection
    @CollectionTable(name = "claim_signature", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderColumn(name = "position")
    private List<Signature> signatures = new ArrayList<>();

    /** One open claim per passenger, flight and date: the keys this claim holds while it is open. */
    @ElementCollection
    @CollectionTable(name = "claim_flight_key", joinColumns = @JoinColumn(name = "claim_id"))
    @Column(name = "passenger_key")
    private Set<String> flightKeys = new HashSet<>();

    /** History entries made since the claim was loaded, for the repository to store. */
    @Transient
    private List<ClaimEvent> recorded = new ArrayList<>();

    protected Claim() {
    }

    /** What the customer filed and what the engine found for it. */
    public record Filing(String regime, Itinerary itinerary, String disruptionJson, String assessmentJson,
            BigDecimal amount, String currency, boolean manualReview, LocalDate deadline, LocalDate firstFlightDate,
            String flightNumber, String airline, List<Passenger> passengers, String contactPhone, Payout payout,
            String termsVersion, String consentIp, Consent consent) {
    }

    /**
     * How the assignment was accepted: the text shown (language, SHA-256), the browser, and the
     * passengers' signatures (none from a client that only records the acceptance).
     */
    public record Consent(String termsLanguage, String termsSha256, String userAgent, List<Signature> signatures) {
    }

    /** A new claim, submitted by the customer, holding its passengers' flight keys. */
    public static Claim submit(UUID id, String reference, UUID customerId, String actor, Filing f) {
        Claim c = new Claim();
        c.id = id;
        c.reference = reference;
        c.customerId = customerId;
        c.status = ClaimStatus.SUBMITTED;
        c.regime = f.regime();
        c.itinerary = f.itinerary();
        c.disruptionJson = f.disruptionJson();
        c.assessmentJson = f.assessmentJson();
        c.amount = f.amount();
        c.currency = f.currency();
        c.manualReview = f.manualReview();
        c.deadline = f.deadline();
        c.firstFlightDate = f.firstFlightDate();
        c.flightNumber = f.flightNumber();
        c.airline = f.airline();
        c.contactPhone = f.contactPhone();
        c.payout = f.payout();
        c.termsVersion = f.termsVersion();
        c.consentAt = OffsetDateTime.now();
        c.consentIp = f.consentIp();
        c.consentUserAgent = f.consent().userAgent();
        c.termsLanguage = f.consent().termsLanguage();
        c.termsSha256 = f.consent().termsSha256();
        c.signatures.addAll(f.consent().signatures());
        c.replacePassengers(f.passengers());
        c.record(ClaimEvent.Kind.STATUS, actor, null, ClaimStatus.SUBMITTED, "Submitted", true);
        return c;
    }

    /** The flight keys these passengers would hold on this claim's flight. */
    public Set<String> flightKeysOf(List<Passenger> people) {
        Set<String> keys = new HashSet<>();
        people.forEach(p -> keys.add(p.flightKey(flightNumber, firstFlightDate)));
        return keys;
    }

    /**
     * The customer's change of contact, passengers or payout (null parts stay), while the claim is
     * editable; {@code changed} names what changed for the history.
     */
    public void edit(String actor, String phone, List<Passenger> newPassengers, Payout newPayout, List<String> changed) {
        if (!EDITABLE.contains(status)) {
            throw new ClaimRefused("A claim that is " + status.apiName() + " can no longer be changed;"
                    + " write to us in the claim's messages instead.");
        }
        if (phone != null) {
            contactPhone = phone;
        }
        if (newPassengers != null) {
            replacePassengers(newPassengers);
        }
        if (newPayout != null) {
            payout = newPayout;
        }
        changedBy(ClaimEvent.Kind.EDITED, actor, "Changed by the customer: " + String.join(", ", changed), true);
    }

    /**
     * Moves the claim through its workflow. Approving needs an amount; a decision is timed; a
     * withdrawn or rejected claim gives up its flight keys (the passengers may claim this flight again).
     */
    public void moveTo(ClaimStatus to, ClaimWorkflow.Actor by, String actor, String reason) {
        ClaimWorkflow.check(status, to, by, reason);
        if (to == ClaimStatus.APPROVED && amount() == null) {
            throw new ClaimRefused("The engine left the amount to a reviewer: set it (PUT .../compensation)"
                    + " before approving.");
        }
        ClaimStatus from = status;
        status = to;
        if (to == ClaimStatus.APPROVED || to == ClaimStatus.REJECTED) {
            decidedAt = OffsetDateTime.now();
        }
        if (to == ClaimStatus.WITHDRAWN || to == ClaimStatus.REJECTED) {
            flightKeys.clear();
        }
        touch();
        record(ClaimEvent.Kind.STATUS, actor, from, to, reason, true);
    }

    /** Gives the claim to a member of staff ({@code name} for the history), or to nobody. */
    public void assign(String actor, Long staffId, String name) {
        assigneeId = staffId;
        changedBy(ClaimEvent.Kind.ASSIGNED, actor, "Assigned to " + name, false);
    }

    /** A reviewer's amount in place of the engine's, until the claim is decided for good or paid. */
    public void overrideCompensation(String actor, BigDecimal value, String currencyCode, String reason) {
        if (status == ClaimStatus.PAID || status.isFinal()) {
            throw new ClaimRefused("A claim that is " + status.apiName() + " keeps its amount.");
        }
        BigDecimal money = value.setScale(2);
        override = new CompensationOverride(money, currencyCode, reason, actor);
        changedBy(ClaimEvent.Kind.COMPENSATION_OVERRIDDEN, actor, "Amount set to " + money.toPlainString() + " "
                + currencyCode + ": " + reason, false);
    }

    /**
     * Staff ask for a document: the claim moves to documents_requested, or, already there, records
     * the further request. Returns whether it moved.
     */
    public boolean requestDocuments(String actor, String documentType, String message) {
        if (status == ClaimStatus.DOCUMENTS_REQUESTED) {
            changedBy(ClaimEvent.Kind.DOCUMENTS_REQUESTED, actor, "Also requested: " + documentType.replace('_', ' ')
                    + ". " + message, true);
            return false;
        }
        moveTo(ClaimStatus.DOCUMENTS_REQUESTED, ClaimWorkflow.Actor.STAFF, actor, message);
        return true;
    }

    /** The customer's documents arrived: back to the reviewers, and a "no answer" flag no longer holds. */
    public void documentsProvided(ClaimWorkflow.Actor by, String actor, String reason) {
        moveTo(ClaimStatus.RESUBMITTED, by, actor, reason);
        if (FLAG_NO_ANSWER.equals(flagReason)) {
            flagged = false;
            flagReason = null;
        }
    }

    /** A reviewer turned one of the customer's documents down: the history says why (no move). */
    public void documentRejected(String documentType, String fileName, String reason) {
        record(ClaimEvent.Kind.DOCUMENTS_REQUESTED, "staff", status, status, "Document rejected ("
                + documentType.replace('_', ' ') + ", " + fileName + "): " + reason, true);
    }

    /** The customer was reminded of the documents still missing. */
    public void reminded(String actor, String documents) {
        record(ClaimEvent.Kind.REMINDER_SENT, actor, status, status, "Reminder sent: we still need " + documents, true);
    }

    /**
     * Puts the claim in the flagged queue, with why. The follow-up job's flag leaves the version as it
     * is: a reviewer's open page stays current.
     */
    public void flag(String actor, String reason) {
        flagged = true;
        flagReason = reason;
        record(ClaimEvent.Kind.FLAGGED, actor, status, status, reason, false);
    }

    /**
     * Refuses to store a change made on a version the caller no longer has (another reviewer, the
     * customer): null means the caller did not say which version it saw.
     */
    public void expectVersion(Long seen) {
        if (seen != null && seen != version) {
            throw new ClaimRefused("The claim was changed by someone else meanwhile (it is no longer at version "
                    + seen + "); load it again and repeat your change.");
        }
    }

    /** The history entries recorded since the claim was loaded, handed over once to be stored. */
    public List<ClaimEvent> takeRecorded() {
        List<ClaimEvent> out = List.copyOf(recorded);
        recorded.clear();
        return out;
    }

    private void replacePassengers(List<Passenger> people) {
        passengers.clear();
        passengers.addAll(people);
        flightKeys.clear();
        flightKeys.addAll(flightKeysOf(people));
    }

    private void changedBy(ClaimEvent.Kind kind, String actor, String reason, boolean customerVisible) {
        touch();
        record(kind, actor, status, status, reason, customerVisible);
    }

    private void touch() {
        version++;
        updatedAt = OffsetDateTime.now();
    }

    private void record(ClaimEvent.Kind kind, String actor, ClaimStatus from, ClaimStatus to, String reason,
            boolean customerVisible) {
        if (recorded == null) {
            recorded = new ArrayList<>(); // loaded by JPA: transient fields are not initialised
        }
        recorded.add(new ClaimEvent(id, kind, actor, from, to, reason, customerVisible));
    }

    /** The effective amount: a reviewer's override where there is one, else the engine's. */
    public BigDecimal amount() {
        return override != null && override.amount() != null ? override.amount() : amount;
    }

    /** The currency of {@link #amount()}. */
    public String currency() {
        String c = override != null && override.amount() != null ? override.currency() : currency;
        return c == null ? null : c.trim();
    }

    public BigDecimal engineAmount() {
        return amount;
    }

    public String engineCurrency() {
        return currency == null ? null : currency.trim();
    }

    public CompensationOverride override() {
        return override == null || override.amount() == null ? null : override;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public UUID customerId() {
        return customerId;
    }

    public ClaimStatus status() {
        return status;
    }

    public String regime() {
        return regime;
    }

    public Itinerary itinerary() {
        return itinerary;
    }

    public String disruptionJson() {
        return disruptionJson;
    }

    public String assessmentJson() {
        return assessmentJson;
    }

    public boolean manualReview() {
        return manualReview;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public LocalDate firstFlightDate() {
        return firstFlightDate;
    }

    public String flightNumber() {
        return flightNumber;
    }

    public String airline() {
        return airline;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public Payout payout() {
        return payout;
    }

    public String termsVersion() {
        return termsVersion;
    }

    public OffsetDateTime consentAt() {
        return consentAt;
    }

    public String consentIp() {
        return consentIp;
    }

    public String consentUserAgent() {
        return consentUserAgent;
    }

    /** The language of the text accepted; English for claims from before it was kept. */
    public String termsLanguage() {
        return termsLanguage == null ? "en" : termsLanguage;
    }

    /** SHA-256 of the text accepted; null for claims from before it was kept. */
    public String termsSha256() {
        return termsSha256;
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public Long assigneeId() {
        return assigneeId;
    }

    public boolean flagged() {
        return flagged;
    }

    public String flagReason() {
        return flagReason;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    /** When the claim was restricted to legal claims (its customer's data erased); null when it is not. */
    public OffsetDateTime restrictedAt() {
        return restrictedAt;
    }

    /** True once its personal data is gone: only statistics are left. */
    public boolean anonymised() {
        return anonymisedAt != null;
    }

    public List<Passenger> passengers() {
        return List.copyOf(passengers);
    }

    public Set<String> flightKeys() {
        return Set.copyOf(flightKeys);
    }
}
