package eu.flightclaim.api.claim;

import eu.flightclaim.claims.application.claim.ClaimTerms;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The assignment and power of attorney a claim accepts, for a client to show in full before submitting. */
@Path("terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims")
public class TermsResource {

    /** The assignment as the API shows it (a record: JSON-B writes its components, OpenAPI documents them). */
    @Schema(name = "Terms", description = "The assignment and power of attorney a claim accepts, in one version")
    public record TermsDto(
            @Schema(description = "The version a claim names in consent.termsVersion", example = "2026-01")
            String version,
            @Schema(description = "The language of the text (ISO 639-1); English when there is none in the language"
                    + " asked for, the English text being the binding one", example = "en")
            String language,
            @Schema(description = "The text's title", example = "Assignment of claim and power of attorney")
            String title,
            @Schema(description = "The text, paragraphs separated by a blank line", example = "I, the passenger named"
                    + " in this claim, assign to the operator of this Flight Claim service my claim against the carrier.")
            String text,
            @Schema(description = "SHA-256 (hex) of the UTF-8 text as stored, title included: what was shown can be"
                    + " proven", example = ClaimDtos.TERMS_SHA256_EN)
            String sha256) {

        static TermsDto of(ClaimTerms.Text text) {
            return new TermsDto(text.version(), text.language(), text.title(), text.body(), text.sha256());
        }
    }

    @GET
    @Operation(operationId = "terms", summary = "The assignment and power of attorney a new claim accepts",
            description = "Returns the current version of the assignment and power of attorney, in the language asked"
                    + " for or else in English, with the version a claim names when it accepts it (POST /claims,"
                    + " consent.termsVersion; an unknown version is a 400). Public: no token needed; changes nothing.")
    @APIResponse(responseCode = "200", description = "The current text",
            content = @Content(schema = @Schema(ref = "Terms")))
    public TermsDto terms(@QueryParam("lang") @Parameter(description = "Language (ISO 639-1), e.g. de; English"
            + " when absent or when there is no text in it", example = "en") String language) {
        return TermsDto.of(ClaimTerms.current(language));
    }
}
