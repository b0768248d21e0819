package eu.flightclaim.api.claim;

import eu.flightclaim.api.input.MultiLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import eu.flightclaim.api.MoneyDto;
import eu.flightclaim.api.PageDto;
import eu.flightclaim.api.eligibility.EligibilityRequest;
import eu.flightclaim.claims.application.claim.ClaimService;
import eu.flightclaim.claims.application.Page;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the customer's claim API. */
public final class ClaimDtos {

    private ClaimDtos() {
    }

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
        public List<EligibilityRequest.LegDto> legs;
        @Schema(required = true)
        public EligibilityRequest.DisruptionDto disruption;
        public EligibilityRequest.PreconditionsDto preconditions;
        @Schema(description = "Needed when the journey falls under both", enumeration = {"EU261", "UK261"})
        public String regime;
        public List<PassengerDto> passengers;
        public ContactDto contact;
        @Schema(required = true)
        public PayoutDto payout;
        @Schema(required = true)
        public ConsentDto consent;
    }

    @Schema(name = "ClaimPassenger")
    public static class PassengerDto {
        @Schema(example = "Ada", required = true)
        public String firstName;
        @Schema(example = "Lovelace", required = true)
        public String lastName;
        @Schema(example = "ABC123")
        public String bookingReference;
    }

    @Schema(name = "ClaimContact")
    public static class ContactDto {
        @Schema(example = "+49 30 1234567")
        public String phone;
    }

    @Schema(name = "ClaimPayout")
    public static class PayoutDto {
        @Schema(description = "On input the full IBAN; on output only the masked one is shown", example = "DE89370400440532013000")
        public String iban;
        @Schema(example = "Ada Lovelace")
        public String accountHolder;
    }

    @Schema(name = "ClaimConsent")
    public static class ConsentDto {
        @Schema(required = true)
        public Boolean termsAccepted;
        @Schema(description = "The assignment and power of attorney", required = true)
        public Boolean assignmentAccepted;
        @Schema(example = "2026-01", required = true)
        public String termsVersion;
    }

    @Schema(name = "Claim")
    public static class ClaimDto {
        @Schema(type = SchemaType.STRING, format = "uuid")
        public UUID id;
        @Schema(example = "FC-2026-000123")
        public String reference;
        @Schema(example = "submitted")
        public String status;
        @Schema(example = "EU261")
        public String regime;
        @Schema(description = "What the engine found due at submission; null when a reviewer decides", nullable = true)
        @JsonbNillable
        public MoneyDto compensation;
        public boolean manualReview;
        public String band;
        public int reductionPercent;
        public long distanceKm;
        public List<String> legalBasis;
        public List<String> reasons;
        @Schema(description = "The rule set the claim was judged by, kept with it", example = "EU261/2004")
        public String ruleSet;
        /** Questions of Art. 3 the claim left unanswered, for a reviewer to confirm */
        public List<String> openQuestions;
        @Schema(description = "The earliest limitation deadline found", format = "date")
        public String deadline;
        public List<PassengerDto> passengers;
        public ContactDto contact;
        public PayoutDto payout;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime createdAt;
        @Schema(description = "Changes with every change of the claim; send it back as If-Match to make sure you change"
                + " what you saw", example = "3")
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
        public List<ClaimDto> items;

        static ClaimPageDto of(Page<ClaimService.ClaimView> page) {
            ClaimPageDto d = new ClaimPageDto();
            d.items = d.paging(page, ClaimDto::of);
            return d;
        }
    }

    @Schema(name = "ClaimEvent")
    public static class EventDto {
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime at;
        @Schema(description = "status, edited, assigned, compensation_overridden, documents_requested, reminder_sent,"
                + " flagged", example = "status")
        public String kind;
        @Schema(example = "submitted")
        public String from;
        @Schema(example = "under_review")
        public String to;
        public String reason;
        @Schema(description = "Staff views only: who did it")
        public String actor;
        @Schema(description = "Staff views only: whether the customer sees this entry")
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
        @Schema(example = "The airline paid me directly.")
        @MultiLine
        public String reason;
    }

    @Schema(name = "ClaimUpdate", description = "What the customer may change while the claim is submitted or documents"
            + " are requested; parts left out stay as they are, passengers are replaced as a whole")
    public static class ClaimUpdateRequest {
        public ContactDto contact;
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
        public long id;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime at;
        @Schema(description = "Who wrote it", enumeration = {"customer", "staff"})
        public String from;
        @Schema(description = "Staff views only: the author's address")
        public String author;
        public String body;
        @Schema(description = "Staff views only: an internal note the customer never sees")
        public Boolean internal;

        public static MessageDto of(ClaimService.Message m, boolean staffView) {
            MessageDto d = new MessageDto();
            d.id = m.id();
            d.at = m.at();
            d.from = m.authorKind();
            d.body = m.body();
            if (staffView) {
                d.author = m.author();
                d.internal = m.internal();
            }
            return d;
        }
    }

    @Schema(name = "MessageRequest")
    public static class MessageRequest {
        @Schema(required = true, maxLength = 5000, example = "My flight was delayed because of a strike at the airline.")
        @MultiLine
        public String body;
    }
}
