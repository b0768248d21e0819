package eu.flightclaim.api.account;

import eu.flightclaim.api.CustomerCaller;
import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.claims.application.identity.CustomerAccounts;
import eu.flightclaim.claims.application.identity.RateLimits;
import eu.flightclaim.api.privacy.ErasureRequestDto;
import eu.flightclaim.claims.application.privacy.DataErasure;
import eu.flightclaim.claims.application.privacy.PersonalDataExport;
import eu.flightclaim.claims.domain.model.customer.Customer;
import eu.flightclaim.claims.domain.model.privacy.ErasureRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in customer's own account: the address and the language their emails are written in. */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.CUSTOMER)
@SecurityRequirement(name = ApiRoles.BEARER)
@Tag(name = "account")
public class AccountResource {

    @Schema(name = "Account", description = "A customer's account")
    public record AccountDto(
            @Schema(description = "The address the customer signs in with and gets emails at",
                    example = "ada@example.com") String email,
            @Schema(description = "The language of the customer's emails (ISO 639-1); en until one is chosen. An"
                    + " email without a text in it is in English", example = "de") String language,
            @Schema(type = SchemaType.STRING, format = "date-time", description = "When the account was made (the"
                    + " first sign-in)", example = "2026-06-04T14:30:00Z") OffsetDateTime createdAt) {

        static AccountDto of(Customer c) {
            return new AccountDto(c.getEmail(), c.language() == null ? "en" : c.language(), c.getCreatedAt());
        }
    }

    @Schema(name = "AccountChange", description = "What to change of the account")
    public static class AccountChange {
        @Schema(description = "The language of the customer's emails from now on (ISO 639-1)", example = "de",
                required = true)
        public String language;
    }

    @EJB
    private CustomerAccounts accounts;
    @EJB
    private PersonalDataExport export;
    @EJB
    private DataErasure erasure;
    @Inject
    private RateLimits rateLimits;
    @Inject
    private JsonWebToken caller;
    @Context
    private HttpServletRequest http;

    @GET
    @Operation(operationId = "getAccount", summary = "The caller's account",
            description = "The signed-in customer's address and the language of their emails. For customers only;"
                    + " changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Account")))
    public AccountDto get() {
        return AccountDto.of(accounts.find(customer()));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAccount", summary = "Choose the language of the caller's emails",
            description = "Every email the customer gets from now on (sign-in links, claim confirmations, status"
                    + " changes, document requests, messages, reminders) is written in this language, or in English"
                    + " where an email has no text in it. For customers only. 400 when language is not a code of"
                    + " two letters.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "Account")))
    public AccountDto change(AccountChange change) {
        if (change == null || change.language == null) {
            throw ApiProblem.invalid("language", "is required: a language code of two letters (ISO 639-1), e.g. de");
        }
        return AccountDto.of(accounts.speak(customer(), change.language));
    }

    @GET
    @Path("data-export")
    @Produces("application/zip")
    @Operation(operationId = "exportPersonalData", summary = "Everything we hold about the caller, to download",
            description = "A zip, streamed: personal-data.json (the account, signed-in devices, and every claim with"
                    + " its passengers, full payout details, consent and signatures, history, messages and documents'"
                    + " list) and each document's file. The right of access and to data portability (GDPR Art. 15"
                    + " and 20). For customers only; each document read is in its access log.")
    @APIResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "429", description = "Too many downloads of the caller's data this hour; see"
            + " Retry-After")
    public Response exportData() {
        UUID customer = customer();
        rateLimits.dataExport(customer);
        String ip = http.getRemoteAddr();
        String userAgent = http.getHeader("User-Agent");
        StreamingOutput zip = out -> export.writeOwn(customer, ip, userAgent, out);
        return PersonalDataDownload.of(zip);
    }

    @POST
    @Path("erasure-request")
    @Operation(operationId = "requestErasure", summary = "Ask for the caller's data to be erased",
            description = "The right to erasure (GDPR Art. 17). Staff decide; until then nothing changes. Carried"
                    + " out, the account's data goes at once; what a court case about a claim could still need is"
                    + " kept, restricted to that purpose, until the claim's limitation deadline has passed, then"
                    + " erased too. Undecided claims are withdrawn. Asking again while a request waits answers"
                    + " that request. For customers only.")
    @APIResponse(responseCode = "202", description = "Waiting for staff", content = @Content(
            schema = @Schema(ref = "ErasureRequest")))
    public Response requestErasure() {
        return Response.accepted(ErasureRequestDto.of(erasure.request(customer()).summary())).build();
    }

    @GET
    @Path("erasure-request")
    @Operation(operationId = "getOwnErasureRequest", summary = "The caller's latest erasure request",
            description = "Where the caller's latest request to erase their data stands, and what staff said;"
                    + " status none when they never asked. For customers only; changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "ErasureRequest")))
    public ErasureRequestDto erasureRequest() {
        return erasure.latestOf(customer()).map(ErasureRequest::summary).map(ErasureRequestDto::of).orElseGet(ErasureRequestDto::none);
    }

    private UUID customer() {
        return CustomerCaller.of(caller, "An account belongs to a customer sign-in.");
    }
}
