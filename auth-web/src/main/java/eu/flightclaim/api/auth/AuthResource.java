package eu.flightclaim.api.auth;

import eu.flightclaim.claims.application.system.RequestIds;
import eu.flightclaim.api.ApiRoles;
import eu.flightclaim.api.problem.ApiProblem;
import eu.flightclaim.api.problem.ProblemType;
import eu.flightclaim.claims.application.identity.AuthenticationFailedException;
import eu.flightclaim.claims.application.identity.CustomerAccounts;
import eu.flightclaim.claims.application.identity.MagicLinkService;
import eu.flightclaim.claims.application.identity.RateLimits;
import eu.flightclaim.claims.application.identity.SessionRevocations;
import eu.flightclaim.claims.application.identity.SessionService;
import eu.flightclaim.claims.application.identity.StaffAccountService;
import eu.flightclaim.claims.application.identity.StaffManagement;
import eu.flightclaim.claims.application.identity.TokenKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Passenger sign-in by magic link, token refresh, sessions, and the public keys of our tokens. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class AuthResource {

    static final String ACCEPTED = "If this address can receive email, a sign-in link is on its way."
            + " It works once, for 15 minutes.";

    @EJB
    private MagicLinkService magicLinks;
    @EJB
    private SessionService sessions;
    @EJB
    private StaffAccountService staffAccounts;
    @EJB
    private StaffManagement staffManagement;
    @Inject
    private SessionRevocations revocations;
    @Inject
    private RateLimits rateLimits;
    @Inject
    private TokenKeys keys;
    @Inject
    private JsonWebToken caller;
    @Context
    private HttpServletRequest http;

    @POST
    @Path("magic-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Email a sign-in link", description = "Always 202 with the same body, known address or not."
            + " Public: no token needed.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(ref = "MagicLinkAccepted")))
    @APIResponse(responseCode = "429", description = "Too many links asked for (per address, per network); see Retry-After")
    @APIResponse(responseCode = "400", description = "Not an email address")
    public Response requestLink(AuthDtos.MagicLinkRequest request) {
        String email = emailOf(request == null ? null : request.email);
        rateLimits.magicLinkRequest(email, http.getRemoteAddr());
        String language = request.language == null ? null : CustomerAccounts.language(request.language, "language");
        magicLinks.request(email, request.invalidatePrevious != null && request.invalidatePrevious, http.getRemoteAddr(),
                language, RequestIds.current());
        AuthDtos.MagicLinkAccepted body = new AuthDtos.MagicLinkAccepted();
        body.message = ACCEPTED;
        return Response.accepted(body).build();
    }

    @POST
    @Path("magic-link/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Spend a sign-in link's token for an access and a refresh token",
            description = "Spends the one-time token from a sign-in email for an access token and a refresh token,"
                    + " creating the customer account on first sign-in. A browser client asks for the refresh token"
                    + " as a cookie (refreshTokenCookie: true): it comes as Set-Cookie fc_refresh (HttpOnly, Secure,"
                    + " SameSite=Strict, path /api/v1/auth) and not in the body. Public: no token needed. 401 for an"
                    + " unknown, expired or used token, without saying which; 429 with Retry-After after too many"
                    + " failed attempts from one network.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "TokenResponse")))
    @APIResponse(responseCode = "401", description = "Unknown, expired or used token (one answer for all three)")
    public Response verify(AuthDtos.VerifyRequest request) {
        SessionService.TokenPair pair = limitedByFailures(() -> magicLinks.verify(
                request == null ? null : request.token, http.getHeader("User-Agent"), http.getRemoteAddr()));
        return tokens(pair, request != null && Boolean.TRUE.equals(request.refreshTokenCookie));
    }

    /** A token response; for a browser client the refresh token goes into its cookie instead of the body. */
    private static Response tokens(SessionService.TokenPair pair, boolean asCookie) {
        AuthDtos.TokenResponse body = AuthDtos.TokenResponse.of(pair);
        if (!asCookie) {
            return Response.ok(body).build();
        }
        body.refreshToken = null;
        return Response.ok(body).header("Set-Cookie", RefreshCookie.set(pair.refreshToken())).build();
    }

    @POST
    @Path("refresh")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a refresh token for a new pair",
            description = "Each refresh token works once; presenting a used one again revokes its whole session."
                    + " An API client sends it in the body and gets the new one in the body; a browser client sends"
                    + " none in the body and its fc_refresh cookie is used and replaced (Set-Cookie), the new refresh"
                    + " token never in the body. Public: the refresh token is the credential.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "TokenResponse")))
    @APIResponse(responseCode = "401")
    public Response refresh(AuthDtos.RefreshRequest request,
            @jakarta.ws.rs.CookieParam(RefreshCookie.NAME)
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "A browser client's"
                    + " refresh token, set by the API (HttpOnly): used when the body has none") String cookie) {
        rateLimits.refresh(http.getRemoteAddr());
        String given = request == null ? null : request.refreshToken;
        boolean fromCookie = given == null && cookie != null && !cookie.isEmpty();
        return tokens(sessions.refresh(fromCookie ? cookie : given, http.getHeader("User-Agent"),
                http.getRemoteAddr()), fromCookie);
    }

    @POST
    @Path("staff/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Staff sign-in for API clients: password, and the TOTP code when set up",
            description = "Five failures lock the account for 15 minutes; the answer never says which part was wrong."
                    + " Public: no token needed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "TokenResponse")))
    @APIResponse(responseCode = "401")
    public AuthDtos.TokenResponse staffLogin(AuthDtos.StaffLoginRequest request) {
        if (request == null) {
            throw ApiProblem.invalid("email", "is required");
        }
        rateLimits.staffLogin(http.getRemoteAddr());
        StaffAccountService.StaffIdentity staff = staffAccounts.authenticate(request.email, request.password, request.totp);
        AuthDtos.TokenResponse tokens = AuthDtos.TokenResponse.of(sessions.open(staff.subject(), staff.email(),
                List.copyOf(staff.groups()), http.getHeader("User-Agent"), http.getRemoteAddr()));
        tokens.totpEnrolmentRequired = staff.mustEnrolTotp();
        return tokens;
    }

    @POST
    @Path("staff/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Email a staff member a link to choose a new password",
            description = "Always 202 with the same body; the link works once, for 30 minutes."
                    + " Public: no token needed.")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(ref = "MagicLinkAccepted")))
    public Response requestPasswordReset(AuthDtos.PasswordResetRequest request) {
        String email = emailOf(request == null ? null : request.email);
        rateLimits.magicLinkRequest(email, http.getRemoteAddr());
        staffManagement.requestPasswordReset(email, RequestIds.current());
        AuthDtos.MagicLinkAccepted body = new AuthDtos.MagicLinkAccepted();
        body.message = "If this address belongs to a staff account, a link to choose a new password is on its way.";
        return Response.accepted(body).build();
    }

    @POST
    @Path("staff/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose a password with an invitation or reset link's token",
            description = "Sets a staff member's password with the one-time token from an invitation or reset email,"
                    + " ends every session of the account, lifts any lock-out and writes an audit entry. Public: the"
                    + " token is the credential. 400 names the password rule broken; 401 for an unknown, expired or"
                    + " used link; 429 with Retry-After after too many failed attempts from one network.")
    @APIResponse(responseCode = "204", description = "Set; every session of the account has ended")
    @APIResponse(responseCode = "400", description = "The password is refused (too short, common, ...)")
    @APIResponse(responseCode = "401", description = "Unknown, expired or used link")
    public Response setPassword(AuthDtos.SetPasswordRequest request) {
        return limitedByFailures(() -> {
            staffManagement.setPassword(request == null ? null : request.token, request == null ? null : request.password);
            return Response.noContent().build();
        });
    }

    @POST
    @Path("staff/totp")
    @RolesAllowed({ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN, ApiRoles.TOTP_ENROLMENT})
    @SecurityRequirement(name = ApiRoles.BEARER)
    @Operation(summary = "Start setting up two-factor sign-in: a new secret for the authenticator app",
            description = "Creates a new TOTP secret for the caller's own staff account and returns it with an"
                    + " otpauth URI for the authenticator app; two-factor sign-in is on only once a code is"
                    + " confirmed. For staff sign-ins: reviewer, admin, superadmin or a totp-enrolment token (403 for"
                    + " customers). 409 when two-factor sign-in is already set up: an administrator can reset it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "TotpEnrolment")))
    @APIResponse(responseCode = "409", description = "Already set up")
    public AuthDtos.TotpEnrolmentDto startTotp() {
        StaffAccountService.TotpEnrolment e = staffAccounts.startTotpEnrolment(staffId());
        AuthDtos.TotpEnrolmentDto dto = new AuthDtos.TotpEnrolmentDto();
        dto.secret = e.secret();
        dto.uri = e.uri();
        return dto;
    }

    @POST
    @Path("staff/totp/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.REVIEWER, ApiRoles.ADMIN, ApiRoles.SUPERADMIN, ApiRoles.TOTP_ENROLMENT})
    @SecurityRequirement(name = ApiRoles.BEARER)
    @Operation(summary = "Turn two-factor sign-in on with a code from the new secret; returns recovery codes once",
            description = "Ends the account's sessions: sign in again, with a code, to get the full roles."
                    + " For staff sign-ins: reviewer, admin, superadmin or a totp-enrolment token.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(ref = "RecoveryCodes")))
    @APIResponse(responseCode = "400", description = "The code does not match")
    public AuthDtos.RecoveryCodesDto confirmTotp(AuthDtos.TotpConfirmRequest request) {
        AuthDtos.RecoveryCodesDto dto = new AuthDtos.RecoveryCodesDto();
        long staff = staffId();
        dto.recoveryCodes = staffAccounts.confirmTotp(staff, request == null ? null : request.code);
        sessions.revokeAll("staff:" + staff, "second factor set up: sign in again"); // with the full roles
        return dto;
    }

    @GET
    @Path("sessions")
    @SecurityRequirement(name = ApiRoles.BEARER)
    @Operation(operationId = "listSessions", summary = "The caller's signed-in sessions, newest use first",
            description = "Lists the caller's active sessions (user agent, IP, created, last used), newest use first,"
                    + " marking the one of this token. Any valid token, customer or staff; changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY, ref = "Session")))
    public List<AuthDtos.SessionDto> list() {
        UUID current = currentSession();
        return sessions.activeSessions(subject()).stream().map(s -> AuthDtos.SessionDto.of(s, current)).toList();
    }

    @DELETE
    @Path("sessions/{id}")
    @SecurityRequirement(name = ApiRoles.BEARER)
    @Operation(summary = "Sign one of the caller's sessions out",
            description = "Ends one of the caller's own sessions: its refresh token stops working and its access"
                    + " tokens are refused. Any valid token, customer or staff. 404 when the id is not one of the"
                    + " caller's sessions (someone else's included).")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such session of the caller")
    public Response revoke(@PathParam("id") String id) {
        UUID session;
        try {
            session = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.NOT_FOUND, "No session " + id + ".");
        }
        sessions.revokeOwn(subject(), session);
        revocations.forget(session);
        return Response.noContent().build();
    }

    @POST
    @Path("logout")
    @SecurityRequirement(name = ApiRoles.BEARER)
    @Operation(summary = "End the session of the token this request carries",
            description = "Ends the session of the token this request carries: its refresh token stops working and"
                    + " its access tokens are refused; a browser's fc_refresh cookie is removed. Any valid token,"
                    + " customer or staff. 401 without a valid token.")
    @APIResponse(responseCode = "204", description = "Signed out")
    public Response logout() {
        subject();
        UUID session = currentSession();
        if (session != null) {
            sessions.revoke(session, "logout");
            revocations.forget(session);
        }
        return Response.noContent().header("Set-Cookie", RefreshCookie.cleared()).build();
    }

    @GET
    @Path("jwks")
    @Operation(summary = "The public keys that verify our access tokens (JSON Web Key Set)",
            description = "Returns the public keys (RFC 7517 JSON Web Key Set) that verify our access tokens;"
                    + " cacheable for 5 minutes. Public: no token needed.")
    @APIResponse(responseCode = "200", description = "RFC 7517 key set")
    public Response jwks() {
        return Response.ok(keys.jwks()).header("Cache-Control", "public, max-age=300").build();
    }

    private String subject() {
        if (caller == null || caller.getSubject() == null) {
            throw new ApiProblem(ProblemType.UNAUTHORIZED, "A valid bearer token is required.");
        }
        return caller.getSubject();
    }

    /** Runs a one-time-token check; too many failures from one address are refused for a while. */
    private <T> T limitedByFailures(java.util.function.Supplier<T> check) {
        rateLimits.beforeVerify(http.getRemoteAddr());
        try {
            return check.get();
        } catch (AuthenticationFailedException e) {
            rateLimits.verifyFailed(http.getRemoteAddr());
            throw e;
        }
    }

    private static String emailOf(String email) {
        if (email == null || email.length() > 320 || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ApiProblem.invalid("email", "'" + email + "' is not an email address");
        }
        return email;
    }

    private long staffId() {
        String subject = subject();
        if (!subject.startsWith("staff:")) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "Only staff sign-ins have a second factor.");
        }
        return Long.parseLong(subject.substring("staff:".length()));
    }

    private UUID currentSession() {
        Object sid = caller == null ? null : caller.getClaim("sid");
        try {
            return sid == null ? null : UUID.fromString(sid.toString().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
