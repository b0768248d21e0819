package eu.flightclaim.api.document;

import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.files.application.ValidationRuleCatalog;
import eu.flightclaim.files.domain.model.ValidationRule;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The upload rules per document type, which admins edit. */
@Path("admin/validation-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.ADMIN, ApiRoles.SUPERADMIN})
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "admin-documents")
public class ValidationRulesResource {

    @EJB
    private ValidationRuleCatalog rules;
    @jakarta.inject.Inject
    private org.eclipse.microprofile.jwt.JsonWebToken caller;

    /** One document type's rule. */
    @Schema(name = "ValidationRule")
    public static class RuleDto {
        @Schema(description = "The document type the rule is for; ignored in a request body (the path names the type)",
                example = "boarding_pass")
        public String documentType;
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "The content types an upload of"
                + " this type may have, as detected from its content; on a change, one or more of application/pdf,"
                + " image/jpeg, image/png, image/heic, image/webp and text/plain")
        public Set<String> allowedMimeTypes;
        @Schema(type = SchemaType.INTEGER, format = "int64",
                description = "The largest file allowed, in bytes: 1 to 1073741824 (1 GiB)", example = "5242880")
        public long maxSizeBytes;
        @Schema(description = "The most pages a PDF of this type may have, 1 to 10000; absent (or null) when not"
                + " limited", example = "2")
        public Integer maxPdfPages;
        @Schema(description = "Whether uploads of this type are virus-scanned before they can be downloaded or shared"
                + " (false when left out of a change). Without a scanner set up, the server's FC_SCAN_REQUIRED setting"
                + " decides whether they wait for one or are kept unscanned", example = "true")
        public boolean scanRequired;

        static RuleDto of(ValidationRule r) {
            RuleDto d = new RuleDto();
            d.documentType = r.documentType();
            d.allowedMimeTypes = r.allowedMimeTypes();
            d.maxSizeBytes = r.maxSizeBytes();
            d.maxPdfPages = r.maxPdfPages();
            d.scanRequired = r.scanRequired();
            return d;
        }
    }

    @GET
    @Operation(operationId = "listValidationRules", summary = "The upload rule of every document type",
            description = "Lists the upload rule of every document type: allowed content types, size limit, PDF page"
                    + " limit and whether a virus scan is required. For admin and superadmin; changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "ValidationRule")))
    public List<RuleDto> list() {
        return rules.all().stream().map(RuleDto::of).toList();
    }

    @PUT
    @Path("{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateValidationRule", summary = "Change a document type's rule (applies to new uploads)",
            description = "Replaces a document type's upload rule; it applies to uploads from now on, not to stored"
                    + " documents. For admin and superadmin. 400 names the field at fault (no or unknown content"
                    + " type, size outside 1 byte to 1 GiB, page limit outside 1 to 10000); 404 when no document type"
                    + " has this name.")
    @APIResponse(responseCode = "200", description = "The rule as stored", content = @Content(schema = @Schema(ref = "ValidationRule")))
    @APIResponse(responseCode = "404", description = "No such document type")
    public RuleDto update(@PathParam("type") String type, RuleDto rule) {
        if (rule == null || rule.allowedMimeTypes == null) {
            throw eu.flightclaim.api.problem.ApiProblem.invalid("allowedMimeTypes", "is required");
        }
        return RuleDto.of(rules.update(new ValidationRule(type, rule.allowedMimeTypes, rule.maxSizeBytes,
                rule.maxPdfPages, rule.scanRequired), caller.getName()));
    }
}
