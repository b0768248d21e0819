package eu.flightclaim.api.claim;

import eu.flightclaim.api.input.MultiLine;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import eu.flightclaim.api.MoneyDto;
import eu.flightclaim.api.PageDto;
import eu.flightclaim.api.eligibility.EligibilityRequest;
import eu.flightclaim.claims.application.claim.ClaimReviewService;
import eu.flightclaim.claims.application.Page;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the staff claim API. */
public final class ClaimReviewDtos {

    static final Jsonb JSON_READER = JsonbBuilder.create();

    private ClaimReviewDtos() {
    }

    static MoneyDto money(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        MoneyDto m = new MoneyDto();
        m.amount = amount.toPlainString();
        m.currency = currency;
        return m;
    }

    @Schema(name = "ClaimSummary", description = "One row of the staff claim list")
    public static class SummaryDto {
        @Schema(type = SchemaType.STRING, format = "uuid")
        public UUID id;
        @Schema(example = "FC-2026-000123")
        public String reference;
        @Schema(example = "under_review")
        public String status;
        @Schema(example = "EU261")
        public String regime;
        @Schema(description = "The effective amount: the override where there is one, else the engine's")
        public MoneyDto compensation;
        public String customerEmail;
        @Schema(example = "Ada Lovelace, Charles Babbage")
        public String passengers;
        @Schema(example = "LH400")
        public String flightNumber;
        @Schema(format = "date")
        public String flightDate;
        @Schema(example = "LH")
        public String airline;
        public AssigneeDto assignee;
        public boolean flagged;
        public String flagReason;
        public boolean manualReview;
        @Schema(format = "date")
        public String deadline;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime createdAt;
        public long version;

        static SummaryDto of(ClaimReviewService.Summary s) {
            SummaryDto d = new SummaryDto();
            d.id = s.id();
            d.reference = s.reference();
            d.status = s.status().apiName();
            d.regime = s.regime();
            d.compensation = money(s.amount(), s.currency());
            d.customerEmail = s.customerEmail();
            d.passengers = s.passengers();
            d.flightNumber = s.flightNumber();
            d.flightDate = s.flightDate() == null ? null : s.flightDate().toString();
            d.airline = s.airline();
            if (s.assigneeId() != null) {
                d.assignee = new AssigneeDto();
                d.assignee.id = s.assigneeId();
                d.assignee.name = s.assigneeName();
            }
            d.flagged = s.flagged();
            d.flagReason = s.flagReason();
            d.manualReview = s.manualReview();
            d.deadline = s.deadline() == null ? null : s.deadline().toString();
            d.createdAt = s.createdAt();
            d.version = s.version();
            return d;
        }
    }

    @Schema(name = "ClaimSummaryPage")
    public static class SummaryPageDto extends PageDto {
        public List<SummaryDto> items;

        static SummaryPageDto of(Page<ClaimReviewService.Summary> page) {
            SummaryPageDto d = new SummaryPageDto();
            d.items = d.paging(page, SummaryDto::of);
            return d;
        }
    }

    @Schema(name = "ClaimAssignee")
    public static class AssigneeDto {
        public long id;
        public String email;
        public String name;
    }

    @Schema(name = "CompensationOverride")
    public static class OverrideDto {
        public MoneyDto compensation;
        public String reason;
        @Schema(description = "The staff member who set it")
        public String by;
    }

    @Schema(name = "DocumentRequest")
    public static class DocumentRequestDto {
        public long id;
        @Schema(example = "boarding_pass")
        public String documentType;
        public String message;
        public String requestedBy;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime requestedAt;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime remindedAt;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the customer resubmitted; null while open")
        public OffsetDateTime answeredAt;
    }

    @Schema(name = "ClaimConsentRecord")
    public static class ConsentRecordDto {
        public String termsVersion;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime acceptedAt;
    }

    @Schema(name = "ClaimReview", description = "Everything about one claim, for staff")
    public static class ReviewDto {
        @Schema(description = "The claim as the customer sees it; its compensation is the effective amount")
        public ClaimDtos.ClaimDto claim;
        public String customerEmail;
        @Schema(description = "What the engine found due at submission, kept when staff override it")
        public MoneyDto engineCompensation;
        @Schema(description = "Null unless staff set the amount")
        public OverrideDto compensationOverride;
        public AssigneeDto assignee;
        public boolean flagged;
        public String flagReason;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime decidedAt;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime updatedAt;
        @Schema(description = "The disruption facts as submitted (the engine's input)")
        public EligibilityRequest.DisruptionDto disruption;
        /** The legs as submitted */
        public List<EligibilityRequest.LegDto> legs;
        public ConsentRecordDto consent;
        /** Every history entry, with actor and whether the customer sees it */
        public List<ClaimDtos.EventDto> history;
        public List<ClaimDtos.MessageDto> messages;
        /** Internal notes; customers never see them */
        public List<ClaimDtos.MessageDto> notes;
        public List<DocumentRequestDto> documentRequests;
        /** Where staff may move the claim from here */
        public List<String> allowedTransitions;
        public long version;

        static ReviewDto of(ClaimReviewService.Review r) {
            ReviewDto d = new ReviewDto();
            d.claim = ClaimDtos.ClaimDto.of(r.claim());
            d.customerEmail = r.claim().customerEmail();
            d.engineCompensation = money(r.engineAmount(), r.engineCurrency());
            if (r.override() != null) {
                d.compensationOverride = new OverrideDto();
                d.compensationOverride.compensation = money(r.override().amount(), r.override().currency());
                d.compensationOverride.reason = r.override().reason();
                d.compensationOverride.by = r.override().by();
            }
            if (r.assignee() != null) {
                d.assignee = new AssigneeDto();
                d.assignee.id = r.assignee().id();
                d.assignee.email = r.assignee().email();
                d.assignee.name = r.assignee().name();
            }
            d.flagged = r.flagged();
            d.flagReason = r.flagReason();
            d.decidedAt = r.decidedAt();
            d.updatedAt = r.updatedAt();
            d.disruption = JSON_READER.fromJson(r.disruptionJson(), EligibilityRequest.DisruptionDto.class);
            d.legs = r.claim().itinerary().legs().stream().map(EligibilityRequest.LegDto::of).toList();
            d.consent = new ConsentRecordDto();
            d.consent.termsVersion = r.consentTermsVersion();
            d.consent.acceptedAt = r.consentAt();
            d.history = r.history().stream().map(ClaimDtos.EventDto::of).toList();
            d.messages = r.messages().stream().map(m -> ClaimDtos.MessageDto.of(m, true)).toList();
            d.notes = r.notes().stream().map(m -> ClaimDtos.MessageDto.of(m, true)).toList();
            d.documentRequests = r.documentRequests().stream().map(q -> {
                DocumentRequestDto x = new DocumentRequestDto();
                x.id = q.id();
                x.documentType = q.documentType();
                x.message = q.message();
                x.requestedBy = q.requestedBy();
                x.requestedAt = q.requestedAt();
                x.remindedAt = q.remindedAt();
                x.answeredAt = q.answeredAt();
                return x;
            }).toList();
            d.allowedTransitions = r.allowedTransitions();
            d.version = r.claim().version();
            return d;
        }
    }

    @Schema(name = "AssignRequest")
    public static class AssignRequest {
        @Schema(description = "The staff account to assign; leave out to take the claim yourself, send"
                + " \"unassign\": true to give it back", example = "3")
        public Long staffId;
        public Boolean unassign;
    }

    @Schema(name = "TransitionRequest")
    public static class TransitionRequest {
        @Schema(required = true, example = "approved", enumeration = {"under_review", "documents_requested", "approved",
                "rejected", "paid"})
        public String to;
        @Schema(description = "Told to the customer; required for rejected and documents_requested",
                example = "The delay was caused by the airline's technical fault, which is not extraordinary.")
        @MultiLine
        public String reason;
    }

    @Schema(name = "CompensationOverrideRequest")
    public static class OverrideRequest {
        @Schema(required = true, example = "300.00")
        public String amount;
        @Schema(required = true, example = "EUR")
        public String currency;
        @Schema(required = true, example = "Reduced by 50%: rerouted with arrival 3 h 40 min late (Art. 7(2)(c)).")
        @MultiLine
        public String reason;
    }

    @Schema(name = "DocumentRequestRequest")
    public static class DocumentRequestRequest {
        @Schema(required = true, example = "boarding_pass", description = "One of the document types of"
                + " GET /api/v1/admin/validation-rules")
        public String documentType;
        @Schema(required = true, example = "Please upload the boarding pass of your flight LH400.")
        @MultiLine
        public String message;
    }

    @Schema(name = "ClaimStats")
    public static class StatsDto {
        @Schema(description = "Number of claims in each status", example = "{\"submitted\": 12, \"approved\": 4}")
        public Map<String, Long> byStatus;
        /** Effective amounts of all claims but withdrawn ones, by currency */
        public List<MoneyDto> claimed;
        /** Approved and paid claims, by currency */
        public List<MoneyDto> approved;
        public List<MoneyDto> paid;
        @Schema(description = "Undecided claims whose limitation deadline is within nearDeadlineDays")
        public long nearDeadline;
        public int nearDeadlineDays;
        @Schema(description = "Median time from submission to approval or rejection, ISO-8601 duration; null before"
                + " the first decision", example = "P3DT4H")
        public String medianTimeToDecision;
        public Long medianSecondsToDecision;
        @Schema(description = "Number of decisions the median is over")
        public long decided;

        static StatsDto of(ClaimReviewService.Stats s) {
            StatsDto d = new StatsDto();
            d.byStatus = s.byStatus();
            d.claimed = s.claimed().stream().map(t -> money(t.amount(), t.currency())).toList();
            d.approved = s.approved().stream().map(t -> money(t.amount(), t.currency())).toList();
            d.paid = s.paid().stream().map(t -> money(t.amount(), t.currency())).toList();
            d.nearDeadline = s.nearDeadline();
            d.nearDeadlineDays = s.nearDeadlineDays();
            if (s.medianTimeToDecision() != null) {
                d.medianTimeToDecision = s.medianTimeToDecision().toString();
                d.medianSecondsToDecision = s.medianTimeToDecision().toSeconds();
            }
            d.decided = s.decided();
            return d;
        }
    }
}
