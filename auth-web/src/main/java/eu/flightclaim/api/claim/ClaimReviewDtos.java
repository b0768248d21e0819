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
        @Schema(type = SchemaType.STRING, format = "uuid", description = "The claim's id, used in its paths",
                example = "3f2b8c1e-5d4a-4b7e-9c61-2a0e5f8d7b10")
        public UUID id;
        @Schema(description = "The claim's reference: FC-, the year of submission and a six-digit number",
                example = "FC-2026-000123")
        public String reference;
        @Schema(description = "Where the claim is: submitted, under_review, documents_requested, resubmitted,"
                + " approved, rejected, paid or withdrawn", example = "under_review")
        public String status;
        @Schema(description = "The regulation the claim is made under", enumeration = {"EU261", "UK261"},
                example = "EU261")
        public String regime;
        @Schema(description = "The effective amount: the override where there is one, else the engine's")
        public MoneyDto compensation;
        @Schema(description = "Email address of the customer who submitted the claim", example = "ada@example.com")
        public String customerEmail;
        @Schema(description = "The passengers' first and last names, comma-separated, in the claim's order",
                example = "Ada Lovelace, Charles Babbage")
        public String passengers;
        @Schema(description = "The first leg's flight number, in capitals without spaces", example = "LH400")
        public String flightNumber;
        @Schema(description = "Scheduled departure date of the first leg", format = "date", example = "2026-06-01")
        public String flightDate;
        @Schema(description = "IATA code of the first leg's operating carrier", example = "LH")
        public String airline;
        @Schema(description = "Who handles the claim (id and name only); absent when it is unassigned")
        public AssigneeDto assignee;
        @Schema(description = "The daily follow-up job put the claim in the flagged queue: a document request still"
                + " unanswered after the reminder, or a limitation deadline near", example = "true")
        public boolean flagged;
        @Schema(description = "Why the claim is flagged; absent when it is not", example = "Limitation deadline within"
                + " 30 days")
        public String flagReason;
        @Schema(description = "The engine asked for a person to check its outcome at submission (e.g. a cause that"
                + " may be extraordinary, a distance near a band threshold)", example = "false")
        public boolean manualReview;
        @Schema(description = "The earliest limitation deadline found at submission; absent when none is known",
                format = "date", example = "2029-12-31")
        public String deadline;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the claim was submitted",
                example = "2026-06-03T09:15:00Z")
        public OffsetDateTime createdAt;
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "The claim's version, as in its ETag;"
                + " send it as If-Match with a change", example = "3")
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
        @Schema(type = SchemaType.ARRAY, implementation = SummaryDto.class, description = "The matching claims on this"
                + " page, in the order asked for")
        public List<SummaryDto> items;

        static SummaryPageDto of(Page<ClaimReviewService.Summary> page) {
            SummaryPageDto d = new SummaryPageDto();
            d.items = d.paging(page, SummaryDto::of);
            return d;
        }
    }

    @Schema(name = "ClaimAssignee")
    public static class AssigneeDto {
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "The staff account's id", example = "3")
        public long id;
        @Schema(description = "The staff member's email address; absent in the claim list",
                example = "sam@flightclaim.example")
        public String email;
        @Schema(description = "The staff member's display name", example = "Sam Reviewer")
        public String name;
    }

    @Schema(name = "CompensationOverride")
    public static class OverrideDto {
        @Schema(description = "The amount due that staff set in place of the engine's")
        public MoneyDto compensation;
        @Schema(description = "Why staff set it (internal: the customer does not see it)",
                example = "Reduced by 50%: rerouted with arrival 3 h 40 min late (Art. 7(2)(c)).")
        public String reason;
        @Schema(description = "The staff member who set it", example = "sam@flightclaim.example")
        public String by;
    }

    @Schema(name = "DocumentRequest")
    public static class DocumentRequestDto {
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "The request's id", example = "7")
        public long id;
        @Schema(description = "The type of document asked for: one of the document types of"
                + " GET /api/v1/admin/validation-rules (other when asked for by a move to documents_requested)",
                example = "boarding_pass")
        public String documentType;
        @Schema(description = "What the customer was asked to send, as in the email",
                example = "Please upload the boarding pass of your flight LH400.")
        public String message;
        @Schema(description = "The staff member who asked", example = "sam@flightclaim.example")
        public String requestedBy;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When it was asked for",
                example = "2026-06-04T14:35:00Z")
        public OffsetDateTime requestedAt;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the daily follow-up job reminded"
                + " the customer of it (once); absent until then", example = "2026-06-11T06:00:00Z")
        public OffsetDateTime remindedAt;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When it was answered: a document of its"
                + " type uploaded, or the claim resubmitted; absent while open", example = "2026-06-12T18:20:00Z")
        public OffsetDateTime answeredAt;
    }

    @Schema(name = "ClaimConsentRecord")
    public static class ConsentRecordDto {
        @Schema(description = "Version of the terms the customer accepted", example = "2026-01")
        public String termsVersion;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the customer accepted the terms and"
                + " the assignment, on submitting the claim", example = "2026-06-03T09:15:00Z")
        public OffsetDateTime acceptedAt;
    }

    @Schema(name = "ClaimReview", description = "Everything about one claim, for staff")
    public static class ReviewDto {
        @Schema(description = "The claim as the customer sees it; its compensation is the effective amount")
        public ClaimDtos.ClaimDto claim;
        @Schema(description = "Email address of the customer who submitted the claim", example = "ada@example.com")
        public String customerEmail;
        @Schema(description = "What the engine found due at submission, kept when staff override it")
        public MoneyDto engineCompensation;
        @Schema(description = "Null unless staff set the amount")
        public OverrideDto compensationOverride;
        @Schema(description = "Who handles the claim; absent when it is unassigned")
        public AssigneeDto assignee;
        @Schema(description = "The daily follow-up job put the claim in the flagged queue: a document request still"
                + " unanswered after the reminder, or a limitation deadline near", example = "true")
        public boolean flagged;
        @Schema(description = "Why the claim is flagged; absent when it is not", example = "Limitation deadline within"
                + " 30 days")
        public String flagReason;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When staff approved or rejected the"
                + " claim; absent until then", example = "2026-06-15T10:00:00Z")
        public OffsetDateTime decidedAt;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When the customer or staff last changed"
                + " the claim (every change that counts version up); the submission time until then",
                example = "2026-06-15T10:00:00Z")
        public OffsetDateTime updatedAt;
        @Schema(description = "The disruption facts as submitted (the engine's input)")
        public EligibilityRequest.DisruptionDto disruption;
        @Schema(type = SchemaType.ARRAY, implementation = EligibilityRequest.LegDto.class, description = "The legs as"
                + " submitted, in travel order")
        public List<EligibilityRequest.LegDto> legs;
        @Schema(description = "The consent the customer gave on submitting the claim")
        public ConsentRecordDto consent;
        @Schema(type = SchemaType.ARRAY, implementation = ClaimDtos.EventDto.class, description = "Every history"
                + " entry, oldest first, with actor and whether the customer sees it")
        public List<ClaimDtos.EventDto> history;
        @Schema(type = SchemaType.ARRAY, implementation = ClaimDtos.MessageDto.class, description = "The thread"
                + " between the customer and staff, oldest first")
        public List<ClaimDtos.MessageDto> messages;
        @Schema(type = SchemaType.ARRAY, implementation = ClaimDtos.MessageDto.class, description = "Internal notes,"
                + " oldest first; customers never see them")
        public List<ClaimDtos.MessageDto> notes;
        @Schema(type = SchemaType.ARRAY, implementation = DocumentRequestDto.class, description = "Every document asked"
                + " of the customer, open and answered, oldest first")
        public List<DocumentRequestDto> documentRequests;
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Where staff may move the claim"
                + " from here (values of TransitionRequest.to), in the workflow's order (review and document requests"
                + " before the decisions); empty once it is rejected, paid or withdrawn")
        public List<String> allowedTransitions;
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "The claim's version, as in the ETag; send"
                + " it as If-Match with a change", example = "3")
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
                + " \"unassign\": true to give it back", example = "3", type = SchemaType.INTEGER, format = "int64")
        public Long staffId;
        @Schema(description = "true: the claim is assigned to nobody (staffId is then ignored); false or left out:"
                + " assign it", example = "false")
        public Boolean unassign;
    }

    @Schema(name = "TransitionRequest")
    public static class TransitionRequest {
        @Schema(required = true, example = "approved", enumeration = {"under_review", "documents_requested", "approved",
                "rejected", "paid"}, description = "The status to move the claim to; the claim's allowedTransitions"
                + " lists the ones possible now. documents_requested asks for a document of type other, with reason"
                + " as the message")
        public String to;
        @Schema(description = "Told to the customer; required for rejected and documents_requested",
                example = "The delay was caused by the airline's technical fault, which is not extraordinary.")
        @MultiLine
        public String reason;
    }

    @Schema(name = "CompensationOverrideRequest")
    public static class OverrideRequest {
        @Schema(required = true, example = "300.00", description = "The amount due as a decimal string: 0 to 99999.99,"
                + " at most two decimals")
        public String amount;
        @Schema(required = true, example = "EUR", description = "ISO 4217 code of the amount's currency, e.g. EUR or"
                + " GBP")
        public String currency;
        @Schema(required = true, example = "Reduced by 50%: rerouted with arrival 3 h 40 min late (Art. 7(2)(c)).",
                description = "Why the amount differs from the engine's, up to 2000 characters; kept in the claim's"
                        + " internal history")
        @MultiLine
        public String reason;
    }

    @Schema(name = "DocumentRequestRequest")
    public static class DocumentRequestRequest {
        @Schema(required = true, example = "boarding_pass", description = "One of the document types of"
                + " GET /api/v1/admin/validation-rules")
        public String documentType;
        @Schema(required = true, example = "Please upload the boarding pass of your flight LH400.",
                description = "What the customer should send and why, up to 2000 characters; emailed to them and shown"
                        + " in the claim's history")
        @MultiLine
        public String message;
    }

    @Schema(name = "ClaimStats")
    public static class StatsDto {
        @Schema(description = "Number of claims in each status", example = "{\"submitted\": 12, \"approved\": 4}")
        public Map<String, Long> byStatus;
        @Schema(type = SchemaType.ARRAY, implementation = MoneyDto.class, description = "Effective amounts of all"
                + " claims but withdrawn ones (rejected ones included), one total per currency, in currency order")
        public List<MoneyDto> claimed;
        @Schema(type = SchemaType.ARRAY, implementation = MoneyDto.class, description = "Effective amounts of approved"
                + " and paid claims, one total per currency, in currency order")
        public List<MoneyDto> approved;
        @Schema(type = SchemaType.ARRAY, implementation = MoneyDto.class, description = "Effective amounts of paid"
                + " claims, one total per currency, in currency order")
        public List<MoneyDto> paid;
        @Schema(description = "Undecided claims whose limitation deadline is within nearDeadlineDays",
                type = SchemaType.INTEGER, format = "int64", example = "2")
        public long nearDeadline;
        @Schema(description = "The window of nearDeadline, in days (FC_DEADLINE_WARNING_DAYS, 30 unless configured)",
                example = "30")
        public int nearDeadlineDays;
        @Schema(description = "Median time from submission to approval or rejection, ISO-8601 duration; null before"
                + " the first decision", example = "P3DT4H")
        public String medianTimeToDecision;
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "The same median in seconds; absent before"
                + " the first decision", example = "273600")
        public Long medianSecondsToDecision;
        @Schema(description = "Number of decisions the median is over", type = SchemaType.INTEGER, format = "int64",
                example = "16")
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
