package eu.flightclaim.api.claim;

import eu.flightclaim.api.input.MultiLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import eu.flightclaim.api.MoneyDto;
import eu.flightclaim.api.PageDto;
import eu.flightclaim.api.eligibility.EligibilityRequest;
import eu.flightclaim.claims.application.claim.ClaimService;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.api.problem.ApiProblem;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the customer's claim API. */
public final class ClaimDtos {

    private ClaimDtos() {
    }

    /** SHA-256 of the current terms in English, for the examples (ClaimDtosTest checks it is still true). */
    static final String TERMS_SHA256_EN = "2ccf8643cf74bf185d2998d177152e5e337aa0bd77dbe6f927ee2c7726ef47d7";

    /** The example request of the OpenAPI document (the one the issue gave clients to rely on). */
    static final String EXAMPLE_REQUEST = """
            {"legs": [{"from": "FRA", "to": "JFK", "carrier": "LH", "flightNumber": "LH400", "date": "2026-06-01",
                       "scheduledDeparture": "2026-06-01T10:05+02:00", "scheduledArrival": "2026-06-01T12:45-04:00"}],
             "disruption": {"type": "DELAY", "arrivalDelayMinutes": 300, "cause": "NONE"},
             "regime": "EU261",
             "passengers": [{"firstName": "Ada", "lastName": "Lovelace", "bookingReference": "ABC123"}],
             "contact": {"phone": "+49 30 1234567"},
             "payout": {"iban": "DE89370400440532013000", "accountHolder": "Ada Lovelace"},
             "consent": {"termsAccepted": true, "assignmentAccepted": true, "termsVersion": "2026-01"}}
            """;

    @Schema(name = "ClaimRequest", description = "legs, disruption and preconditions are exactly the eligibility API's;"
            + " a claim that is assigned to someone else or already in court is refused (422)")
    public static class ClaimRequest {
        @Schema(type = SchemaType.ARRAY, implementation = EligibilityRequest.LegDto.class, description = "The"
                + " booking's flights in travel order, 1 to 6, as for the eligibility check; for a claim the first leg"
                + " also needs flightNumber and date")
        public List<EligibilityRequest.LegDto> legs;
        @Schema(required = true, description = "What happened to the flight, as for the eligibility check")
        public EligibilityRequest.DisruptionDto disruption;
        @Schema(description = "Art. 3's other questions, as for the eligibility check; leave out what is not known (a"
                + " question that could take the money away is then listed in openQuestions)")
        public EligibilityRequest.PreconditionsDto preconditions;
        @Schema(description = "Needed when the journey falls under both", enumeration = {"EU261", "UK261"},
                example = "EU261")
        public String regime;
        @Schema(type = SchemaType.ARRAY, implementation = PassengerDto.class, description = "The passengers the claim"
                + " is made for, 1 to 9, each named once; one who already has an open claim for this flight and date"
                + " is refused (409)")
        public List<PassengerDto> passengers;
        @Schema(description = "How to reach the customer besides their email; optional")
        public ContactDto contact;
        @Schema(required = true, description = "Where the compensation is to be paid: the IBAN and the account holder")
        public PayoutDto payout;
        @Schema(required = true, description = "The customer's consent: both termsAccepted and assignmentAccepted must"
                + " be true")
        public ConsentDto consent;
    }

    @Schema(name = "ClaimPassenger")
    public static class PassengerDto {
        @Schema(description = "First name as on the booking, up to 100 characters", example = "Ada", required = true)
        public String firstName;
        @Schema(description = "Last name as on the booking, up to 100 characters", example = "Lovelace",
                required = true)
        public String lastName;
        @Schema(description = "The booking reference (PNR): 5 to 8 letters or digits, kept in capitals; optional",
                example = "ABC123")
        public String bookingReference;
    }

    @Schema(name = "ClaimContact")
    public static class ContactDto {
        @Schema(description = "Phone number: 5 to 40 characters, digits, spaces and + ( ) / -; absent when none was"
                + " given", example = "+49 30 1234567")
        public String phone;
    }

    @Schema(name = "ClaimPayout")
    public static class PayoutDto {
        @Schema(description = "On input the full IBAN; on output only the masked one is shown", example = "DE89370400440532013000")
        public String iban;
        @Schema(description = "Name of the account holder, up to 140 characters", example = "Ada Lovelace")
        public String accountHolder;
    }

    @Schema(name = "ClaimConsent")
    public static class ConsentDto {
        @Schema(description = "The customer accepted the terms; must be true", required = true, example = "true")
        public Boolean termsAccepted;
        @Schema(description = "The assignment and power of attorney", required = true, example = "true")
        public Boolean assignmentAccepted;
        @Schema(description = "Version of the terms the customer accepted, as shown to them; up to 20 characters",
                example = "2026-01", required = true)
        public String termsVersion;
        @Schema(description = "Language of the text shown (ISO 639-1), as GET /terms answered it; English when left"
                + " out", example = "en")
        public String language;
        @Schema(description = "SHA-256 of the text shown, as GET /terms answered it: when given it must match the"
                + " server's text of that version and language (400 otherwise), proving what was signed",
                example = TERMS_SHA256_EN)
        public String textSha256;
        @Schema(type = SchemaType.ARRAY, implementation = SignatureDto.class, description = "The passengers'"
                + " signatures of the assignment, one for each passenger; when given, the signed assignment is"
                + " stored as the claim's power_of_attorney document (PDF). Left out or empty, the claim records"
                + " the account holder's acceptance only")
        public List<SignatureDto> signatures;
    }

    @Schema(name = "ClaimSignature", description = "A simple electronic signature (eIDAS Art. 3(10)) of the"
            + " assignment for one passenger: the typed full name, and a drawing when the signer drew one. Time, IP"
            + " address and browser are recorded by the server")
    public static class SignatureDto {
        @Schema(description = "Index of the passenger in passengers (from 0) this signature is for; each passenger"
                + " once", example = "0", required = true)
        public Integer passenger;
        @Schema(description = "The signer's full name as typed, 2 to 200 characters: the passenger's own name as"
                + " given, or with onBehalf the parent's or guardian's", example = "Ada Lovelace", required = true)
        public String signedBy;
        @Schema(description = "True when the passenger is under 18 and a parent or guardian signs for them",
                example = "false")
        public Boolean onBehalf;
        @Schema(type = SchemaType.ARRAY, implementation = StrokeDto.class, description = "The drawn signature: up"
                + " to 60 strokes in a box 1000 wide and 300 high (y down), at most 2000 points in all; left out when"
                + " the typed name is the signature")
        public List<StrokeDto> drawing;
    }

    @Schema(name = "SignatureStroke", description = "One stroke of a drawn signature: the pen down, moved, lifted")
    public static class StrokeDto {
        @Schema(type = SchemaType.ARRAY, implementation = Integer.class, required = true, description = "The points"
                + " the pen passed, x0, y0, x1, y1, …: whole numbers, x from 0 to 1000 and y from 0 to 300",
                example = "[120, 200, 180, 120, 240, 210]")
        public List<Integer> points;
    }

    @Schema(name = "Claim")
    public static class ClaimDto {
        @Schema(type = SchemaType.STRING, format = "uuid", description = "The claim's id, used in its paths",
                example = "3f2b8c1e-5d4a-4b7e-9c61-2a0e5f8d7b10")
        public UUID id;
        @Schema(description = "The claim's reference for customer and staff: FC-, the year of submission and a"
                + " six-digit number", example = "FC-2026-000123")
        public String reference;
        @Schema(description = "Where the claim is: submitted, under_review, documents_requested, resubmitted,"
                + " approved, rejected, paid or withdrawn", example = "submitted")
        public String status;
        @Schema(description = "The regulation the claim is made under: the one asked for, or the only one that covers"
                + " the journey", enumeration = {"EU261", "UK261"}, example = "EU261")
        public String regime;
        @Schema(description = "What the engine found due at submission; null when a reviewer decides", nullable = true)
        @JsonbNillable
        public MoneyDto compensation;
        @Schema(description = "The engine asked for a person to check its outcome at submission (e.g. a cause that"
                + " may be extraordinary, a distance near a band threshold)", example = "false")
        public boolean manualReview;
        @Schema(description = "Distance band of Art. 7(1) found at submission (for DOWNGRADE, the downgraded leg's)",
                enumeration = {"A", "B", "C"}, example = "C")
        public String band;
        @Schema(description = "50 when Art. 7(2) halved the engine's amount, else 0", example = "0")
        public int reductionPercent;
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "Great-circle distance from the first"
                + " departure to the final destination, km, rounded (with separate bookings, of the booking with the"
                + " disrupted leg)", example = "6189")
        public long distanceKm;
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "The articles and judgments the"
                + " engine's outcome for the claim's regime rests on, e.g. Art. 7(1)(c) or C-402/07 Sturgeon")
        public List<String> legalBasis;
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Why, in plain English: the"
                + " engine's reasons at submission for the claim's regime")
        public List<String> reasons;
        @Schema(description = "The rule set the claim was judged by, kept with it", example = "EU261/2004")
        public String ruleSet;
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Questions of Art. 3 the claim"
                + " left unanswered, for a reviewer to confirm: names of the preconditions fields, e.g."
                + " checkedInOnTime; empty when none")
        public List<String> openQuestions;
        @Schema(description = "The earliest limitation deadline found; absent when none is known", format = "date",
                example = "2029-12-31")
        public String deadline;
        @Schema(type = SchemaType.ARRAY, implementation = PassengerDto.class, description = "The passengers the claim"
                + " is made for, in the order given")
        public List<PassengerDto> passengers;
        @Schema(description = "How to reach the customer besides their email; always present, its phone absent when"
                + " none was given")
        public ContactDto contact;
        @Schema(description = "Where the compensation is paid: the IBAN masked (country, check digits and last four"
                + " characters) and the account holder")
        public PayoutDto payout;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the claim was submitted",
                example = "2026-06-03T09:15:00Z")
        public OffsetDateTime createdAt;
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "Changes with every change of the claim;"
                + " send it back as If-Match to make sure you change what you saw", example = "3")
        public long version;

        public static ClaimDto of(ClaimService.ClaimView v) {
            ClaimDto d = new ClaimDto();
            d.id = v.id();
            d.reference = v.reference();
            d.status = v.status().apiName();
            d.regime = v.regime();
            if (v.amount() != null) {
                d.compensation = new MoneyDto();
                d.compensation.amount = v.amount().toPlainString();
                d.compensation.currency = v.currency();
            }
            d.manualReview = v.assessment().manualReview();
            d.band = v.assessment().band();
            d.reductionPercent = v.assessment().reductionPercent();
            d.distanceKm = v.assessment().distanceKm();
            d.legalBasis = v.assessment().legalBasis();
            d.reasons = v.assessment().reasons();
            d.ruleSet = v.assessment().ruleSet();
            d.openQuestions = v.assessment().openQuestions() == null ? List.of() : v.assessment().openQuestions();
            d.deadline = v.deadline() == null ? null : v.deadline().toString();
            d.passengers = v.passengers().stream().map(p -> {
                PassengerDto pd = new PassengerDto();
                pd.firstName = p.firstName();
                pd.lastName = p.lastName();
                pd.bookingReference = p.bookingReference();
                return pd;
            }).toList();
            d.contact = new ContactDto();
            d.contact.phone = v.phone();
            d.payout = new PayoutDto();
            d.payout.iban = v.ibanMasked();
            d.payout.accountHolder = v.accountHolder();
            d.createdAt = v.createdAt();
            d.version = v.version();
            return d;
        }
    }

    @Schema(name = "ClaimPage")
    public static class ClaimPageDto extends PageDto {
        @Schema(type = SchemaType.ARRAY, implementation = ClaimDto.class, description = "The caller's claims on this"
                + " page, newest first")
        public List<ClaimDto> items;

        static ClaimPageDto of(Page<ClaimService.ClaimView> page) {
            ClaimPageDto d = new ClaimPageDto();
            d.items = d.paging(page, ClaimDto::of);
            return d;
        }
    }

    @Schema(name = "ClaimEvent")
    public static class EventDto {
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When it happened",
                example = "2026-06-04T14:30:00Z")
        public OffsetDateTime at;
        @Schema(description = "status, edited, assigned, compensation_overridden, documents_requested, reminder_sent,"
                + " flagged", example = "status")
        public String kind;
        @Schema(description = "The claim's status before the entry (a status as in Claim.status); absent on the first"
                + " entry, the submission; the same as to when the entry is not a move", example = "submitted")
        public String from;
        @Schema(description = "The claim's status after the entry (a status as in Claim.status)",
                example = "under_review")
        public String to;
        @Schema(description = "What the entry says: the reason given for a move (always there for rejected and"
                + " documents_requested), or what was changed, asked for, flagged or sent; absent when a move was made"
                + " without one",
                example = "We are checking the flight data with the airline.")
        public String reason;
        @Schema(description = "Staff views only: who did it", example = "sam@flightclaim.example")
        public String actor;
        @Schema(description = "Staff views only: whether the customer sees this entry", example = "true")
        public Boolean customerVisible;

        public static EventDto of(ClaimService.Event e) {
            EventDto d = new EventDto();
            d.at = e.at();
            d.kind = e.kind();
            if (e.actor() != null) {
                d.actor = e.actor();
                d.customerVisible = e.customerVisible();
            }
            d.from = e.from();
            d.to = e.to();
            d.reason = e.reason();
            return d;
        }
    }

    @Schema(name = "WithdrawRequest")
    public static class WithdrawRequest {
        @Schema(description = "Why the customer takes the claim back, recorded in the history and repeated in the"
                + " email; optional (then \"Withdrawn by the customer\")", example = "The airline paid me directly.")
        @MultiLine
        public String reason;
    }

    @Schema(name = "ClaimUpdate", description = "What the customer may change while the claim is submitted or documents"
            + " are requested; parts left out stay as they are, passengers are replaced as a whole")
    public static class ClaimUpdateRequest {
        @Schema(description = "A new phone number; leave out (or send no phone) to keep the current one")
        public ContactDto contact;
        @Schema(type = SchemaType.ARRAY, implementation = PassengerDto.class, description = "Replaces all the"
                + " passengers: 1 to 9, each named once; leave out to keep them")
        public List<PassengerDto> passengers;
        @Schema(description = "Both the IBAN and the account holder")
        public PayoutDto payout;

        ClaimService.Update toUpdate() {
            return new ClaimService.Update(contact == null ? null : new ClaimService.Contact(contact.phone),
                    passengers == null ? null : passengers.stream().map(p -> p == null ? null
                            : new ClaimService.Passenger(p.firstName, p.lastName, p.bookingReference)).toList(),
                    payout == null ? null : new ClaimService.Payout(payout.iban, payout.accountHolder));
        }
    }

    @Schema(name = "ResubmitRequest")
    public static class ResubmitRequest {
        @Schema(description = "Optional note for the reviewer, added to the claim's messages",
                example = "I uploaded my boarding pass.")
        @MultiLine
        public String message;
    }

    @Schema(name = "ClaimMessage")
    public static class MessageDto {
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "The message's id", example = "42")
        public long id;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When it was written",
                example = "2026-06-04T15:02:00Z")
        public OffsetDateTime at;
        @Schema(description = "Who wrote it", enumeration = {"customer", "staff"}, example = "customer")
        public String from;
        @Schema(description = "Staff views only: the author's address", example = "ada@example.com")
        public String author;
        @Schema(description = "The text, 1 to 5000 characters; line breaks are kept",
                example = "My flight was delayed because of a strike at the airline.")
        public String body;
        @Schema(description = "Staff views only: an internal note the customer never sees", example = "false")
        public Boolean internal;
        @Schema(type = SchemaType.STRING, format = "uuid", description = "The claim's document that goes with the"
                + " message (GET /documents/{id} for its name and content); absent when none", nullable = true,
                example = "9a4e7c2d-1b3f-4e8a-b5c6-0d2f8e1a7c43")
        @JsonbNillable
        public UUID documentId;

        public static MessageDto of(ClaimService.Message m, boolean staffView) {
            MessageDto d = new MessageDto();
            d.id = m.id();
            d.at = m.at();
            d.from = m.authorKind();
            d.body = m.body();
            d.documentId = m.documentId();
            if (staffView) {
                d.author = m.author();
                d.internal = m.internal();
            }
            return d;
        }
    }

    @Schema(name = "MessageRequest")
    public static class MessageRequest {
        @Schema(required = true, maxLength = 5000, description = "The text, 1 to 5000 characters; line breaks are"
                + " kept", example = "My flight was delayed because of a strike at the airline.")
        @MultiLine
        public String body;
        @Schema(type = SchemaType.STRING, format = "uuid", description = "A document of the claim that goes with the"
                + " message: upload it first (POST /claims/{id}/documents), then name it here; optional",
                example = "9a4e7c2d-1b3f-4e8a-b5c6-0d2f8e1a7c43")
        public String documentId;

        /** The attached document's id; a 400 naming documentId when it is not an id. */
        UUID document() {
            if (documentId == null) {
                return null;
            }
            try {
                return UUID.fromString(documentId.strip());
            } catch (IllegalArgumentException e) {
                throw ApiProblem.invalid("documentId", "must be a document's id (a UUID)");
            }
        }
    }

    /** A document the team asked for, as its customer sees it (a record: one constructor call maps it). */
    @Schema(name = "CustomerDocumentRequest", description = "A document the team asked the customer for")
    public record RequestDto(
            @Schema(type = SchemaType.INTEGER, format = "int64", description = "The request's id", example = "12")
            long id,
            @Schema(description = "The document type asked for, as the upload's type parameter takes it",
                    example = "delay_certificate")
            String documentType,
            @Schema(description = "What the team wrote about it", example = "Please send the airline's delay confirmation.")
            String message,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "When it was asked for",
                    example = "2026-06-05T09:00:00Z")
            OffsetDateTime requestedAt,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "When a document of the type came or"
                    + " the claim was resubmitted; absent while the request is open", example = "2026-06-07T18:30:00Z")
            OffsetDateTime answeredAt) {

        static RequestDto of(ClaimService.Request r) {
            return new RequestDto(r.id(), r.documentType(), r.message(), r.requestedAt(), r.answeredAt());
        }
    }
}
