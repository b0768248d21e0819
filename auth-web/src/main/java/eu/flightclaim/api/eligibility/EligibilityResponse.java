package eu.flightclaim.api.eligibility;

import eu.flightclaim.api.MoneyDto;
import eu.flightclaim.claims.application.claim.EligibilityService;
import eu.flightclaim.claims.domain.model.compensation.Deadline;
import eu.flightclaim.claims.domain.model.compensation.RegimeResult;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityResponse")
public class EligibilityResponse {

    @Schema(description = "Great-circle distance from the first departure to the final destination, km", example = "6189")
    public long distanceKm;
    /** One result per regime, EU261 and UK261, always both */
    public List<Result> results;
    /** Claim deadlines in the countries whose courts may hear the claim (when the first leg has a date) */
    public List<DeadlineDto> deadlines;
    /**
     * Questions of Art. 3 left unanswered that could take the money away (names of the request's
     * preconditions fields, e.g. checkedInOnTime): never assumed in the passenger's favour. (Javadoc, not
     * {@code @Schema}: Payara documents an annotated list as an array without items.)
     */
    public List<String> openQuestions;
    /** Why a claim cannot go ahead at all (already assigned to someone else, already in court); empty when it can */
    public List<String> stops;

    @Schema(name = "RegimeResult")
    public static class Result {
        @Schema(enumeration = {"EU261", "UK261"}, example = "EU261")
        public String regime;
        @Schema(description = "The journey is in the regime's scope")
        public boolean applicable;
        @Schema(description = "Money is due")
        public boolean eligible;
        @Schema(description = "What is due (for DOWNGRADE the refund); null unless eligible", nullable = true)
        @JsonbNillable
        public MoneyDto compensation;
        @Schema(description = "Distance band of Art. 7(1)", enumeration = {"A", "B", "C"})
        public String band;
        @Schema(description = "50 when Art. 7(2) halves the amount", example = "0")
        public int reductionPercent;
        @Schema(description = "A person should review the outcome (extraordinary cause, distance near a threshold)")
        public boolean manualReview;
        public List<String> legalBasis;
        /** Why, in plain English */
        public List<String> reasons;
        @Schema(description = "The rule set the journey was judged by: the one in force on the first leg's date (today's"
                + " without a date); null when the regime was not in force then", example = "EU261/2004")
        public String ruleSet;

        static Result of(RegimeResult r) {
            Result dto = new Result();
            dto.regime = r.regime().name();
            dto.applicable = r.applicable();
            dto.eligible = r.eligible();
            dto.compensation = MoneyDto.of(r.compensation());
            dto.band = r.band() == null ? null : r.band().name();
            dto.reductionPercent = r.reductionPercent();
            dto.manualReview = r.manualReview();
            dto.legalBasis = r.legalBasis();
            dto.reasons = r.reasons();
            dto.ruleSet = r.ruleSet();
            return dto;
        }
    }

    @Schema(name = "Deadline")
    public static class DeadlineDto {
        @Schema(example = "DE")
        public String country;
        @Schema(example = "2028-12-31", format = "date")
        public String deadline;
        @Schema(description = "The law that sets it")
        public String basis;

        static DeadlineDto of(Deadline d) {
            DeadlineDto dto = new DeadlineDto();
            dto.country = d.countryCode();
            dto.deadline = d.deadline().toString();
            dto.basis = d.basis();
            return dto;
        }
    }

    static EligibilityResponse of(EligibilityService.Eligibility e) {
        EligibilityResponse dto = new EligibilityResponse();
        dto.distanceKm = Math.round(e.assessment().distanceKm());
        dto.results = e.assessment().results().stream().map(Result::of).toList();
        dto.deadlines = e.deadlines().stream().map(DeadlineDto::of).toList();
        dto.openQuestions = e.assessment().openQuestions();
        dto.stops = e.assessment().stops();
        return dto;
    }
}
