package eu.flightclaim.api.eligibility;

import eu.flightclaim.api.MoneyDto;
import eu.flightclaim.claims.application.claim.EligibilityService;
import eu.flightclaim.claims.domain.model.compensation.Deadline;
import eu.flightclaim.claims.domain.model.compensation.RegimeResult;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityResponse")
public class EligibilityResponse {

    @Schema(description = "Great-circle distance from the first departure to the final destination, km",
            example = "6189", type = SchemaType.INTEGER, format = "int64")
    public long distanceKm;
    @Schema(type = SchemaType.ARRAY, implementation = Result.class, description = "One result per regime, EU261 and"
            + " UK261, always both")
    public List<Result> results;
    @Schema(type = SchemaType.ARRAY, implementation = DeadlineDto.class, description = "Claim deadlines in the"
            + " countries whose courts may hear the claim (departure, arrival, the operating carrier's seat) where a"
            + " limitation period is known; empty when the first leg has no date")
    public List<DeadlineDto> deadlines;
    @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Questions of Art. 3 left"
            + " unanswered that could take the money away (names of the request's preconditions fields, e.g."
            + " checkedInOnTime): never assumed in the passenger's favour; empty when none")
    public List<String> openQuestions;
    @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Why a claim cannot go ahead at all"
            + " (already assigned to someone else, already in court); empty when it can")
    public List<String> stops;

    @Schema(name = "RegimeResult")
    public static class Result {
        @Schema(description = "The regulation this result is for", enumeration = {"EU261", "UK261"}, example = "EU261")
        public String regime;
        @Schema(description = "The journey is in the regime's scope", example = "true")
        public boolean applicable;
        @Schema(description = "Money is due", example = "true")
        public boolean eligible;
        @Schema(description = "What is due (for DOWNGRADE the refund); null unless eligible", nullable = true)
        @JsonbNillable
        public MoneyDto compensation;
        @Schema(description = "Distance band of Art. 7(1) (for DOWNGRADE, the downgraded leg's); absent when the regime"
                + " does not apply", enumeration = {"A", "B", "C"}, example = "C")
        public String band;
        @Schema(description = "50 when Art. 7(2) halves the amount", example = "0")
        public int reductionPercent;
        @Schema(description = "A person should review the outcome (extraordinary cause, distance near a threshold)",
                example = "false")
        public boolean manualReview;
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "The articles and judgments the"
                + " outcome rests on, e.g. Art. 7(1)(c) or C-402/07 Sturgeon")
        public List<String> legalBasis;
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Why, in plain English, step by"
                + " step")
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
        @Schema(description = "ISO 3166-1 alpha-2 code of the country whose courts may hear the claim", example = "DE")
        public String country;
        @Schema(description = "The last day to bring the claim in that country's courts", example = "2029-12-31",
                format = "date")
        public String deadline;
        @Schema(description = "The law that sets it", example = "Germany: 3 years, ending on 31 December of the third"
                + " year after the flight's year (BGB §§ 195, 199).")
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
