package eu.flightclaim.api.auth;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import eu.flightclaim.claims.application.identity.SessionService;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request and response bodies of the sign-in API. */
public final class AuthDtos {

    private AuthDtos() {
    }

    @Schema(name = "MagicLinkRequest")
    public static class MagicLinkRequest {
        @Schema(description = "The address to email the sign-in link to, at most 320 characters; a first sign-in"
                + " creates the customer account", example = "ada@example.com", required = true)
        public String email;
        @Schema(description = "Also spend every unused link sent to this address before", defaultValue = "false",
                example = "false")
        public Boolean invalidatePrevious;
        @Schema(description = "The language to write the email in (ISO 639-1), e.g. the one the person is reading;"
                + " left out, the customer's own (see PATCH /account), else English", example = "de")
        public String language;
    }

    @Schema(name = "MagicLinkAccepted", description = "The same answer for every address")
    public static class MagicLinkAccepted {
        @Schema(description = "What happens next, in words for the person; the same whether or not the address is"
                + " known", example = "If this address can receive email, a sign-in link is on its way. It works once,"
                + " for 15 minutes.")
        public String message;
    }

    @Schema(name = "MagicLinkVerifyRequest")
    public static class VerifyRequest {
        @Schema(description = "The token from the link (its token query parameter), 43 characters",
                example = "example-sign-in-token-from-the-link-0000000", required = true)
        public String token;
        @Schema(description = "true for a browser client: the refresh token comes as an HttpOnly cookie (fc_refresh)"
                + " instead of in the body; absent or false: in the body, as for any API client", example = "false")
        public Boolean refreshTokenCookie;
    }

    @Schema(name = "RefreshRequest")
    public static class RefreshRequest {
        @Schema(description = "The refresh token of the last token response. It works once (a used one presented"
                + " again ends the whole session), within 30 days. A browser client whose refresh token is its"
                + " fc_refresh cookie sends none", example = "example-refresh-token-not-a-real-one-000000")
        public String refreshToken;
    }

    @Schema(name = "TokenResponse")
    public static class TokenResponse {
        @Schema(description = "RS256 JWT for the Authorization header",
                example = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...")
        public String accessToken;
        @Schema(description = "Opaque; single use: each refresh returns a new one. Absent when it was set as the"
                + " browser's fc_refresh cookie",
                example = "example-refresh-token-not-a-real-one-000000")
        public String refreshToken;
        @Schema(description = "How to send the access token: always Bearer (Authorization: Bearer {accessToken})",
                example = "Bearer")
        public String tokenType = "Bearer";
        @Schema(type = SchemaType.INTEGER, format = "int64",
                description = "Seconds the access token is valid (900 unless the server is set up otherwise)",
                example = "900")
        public long expiresIn;
        @Schema(description = "Staff only: an admin must set up two-factor sign-in first; the token allows only that",
                example = "false")
        public boolean totpEnrolmentRequired;

        static TokenResponse of(SessionService.TokenPair pair) {
            TokenResponse dto = new TokenResponse();
            dto.accessToken = pair.accessToken();
            dto.refreshToken = pair.refreshToken();
            dto.expiresIn = pair.expiresIn();
            return dto;
        }
    }

    @Schema(name = "StaffLoginRequest")
    public static class StaffLoginRequest {
        @Schema(description = "The staff account's email address", example = "reviewer@flightclaim.example",
                required = true)
        public String email;
        @Schema(description = "The account's password", example = "example-passphrase", required = true)
        public String password;
        @Schema(description = "The authenticator's current code, or a recovery code, when two-factor sign-in is on",
                example = "123456")
        public String totp;
    }

    @Schema(name = "TotpEnrolment", description = "A secret for the authenticator app; in force after a confirmed code")
    public static class TotpEnrolmentDto {
        @Schema(description = "Base32 secret, for typing in", example = "EXAMPLEBASE32SECRETNOTREAL234567")
        public String secret;
        @Schema(description = "otpauth:// URI, for a QR code", example = "otpauth://totp/Flight%20Claim%3Asam%40"
                + "flightclaim.example?secret=EXAMPLEBASE32SECRETNOTREAL234567&issuer=Flight%20Claim&algorithm=SHA1"
                + "&digits=6&period=30")
        public String uri;
    }

    @Schema(name = "TotpConfirmRequest")
    public static class TotpConfirmRequest {
        @Schema(description = "The current 6-digit code", example = "123456", required = true)
        public String code;
    }

    @Schema(name = "RecoveryCodes", description = "Single-use codes for a lost authenticator, shown only now")
    public static class RecoveryCodesDto {
        @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Ten codes of 10 lower-case"
                + " letters and digits; each works once in place of an authenticator code. Keep them safe: they are"
                + " not shown again")
        public java.util.List<String> recoveryCodes;
    }

    @Schema(name = "PasswordResetRequest")
    public static class PasswordResetRequest {
        @Schema(description = "The staff account's email address; only an enabled account gets the link",
                example = "sam@flightclaim.example", required = true)
        public String email;
    }

    @Schema(name = "SetPasswordRequest")
    public static class SetPasswordRequest {
        @Schema(description = "The token from the invitation or reset link", required = true,
                example = "example-password-link-token-not-real-000000")
        public String token;
        @Schema(description = "The new password: 12 to 200 characters, not a common password, not one character"
                + " repeated, not containing the part of the email address before the @", required = true,
                example = "example-passphrase")
        public String password;
    }

    @Schema(name = "Session", description = "A signed-in device")
    public static class SessionDto {
        @Schema(type = SchemaType.STRING, format = "uuid", description = "The session's id, for signing it out",
                example = "6d1c9f3a-2e4b-4c7d-8a15-f0b2e7c94d21")
        public UUID id;
        @Schema(description = "The User-Agent it signed in or last refreshed with; absent when none was sent",
                example = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
                        + " Gecko) Version/18.1 Mobile/15E148 Safari/604.1")
        public String device;
        @Schema(description = "The IP address it signed in or last refreshed from, as the server saw it",
                example = "203.0.113.7")
        public String ip;
        @Schema(type = SchemaType.STRING, format = "date-time", description = "When it signed in",
                example = "2026-11-28T19:42:00Z")
        public OffsetDateTime createdAt;
        @Schema(type = SchemaType.STRING, format = "date-time",
                description = "When it last signed in or refreshed its tokens", example = "2026-11-30T09:15:00Z")
        public OffsetDateTime lastUsedAt;
        @Schema(description = "The session of the token this request carries", example = "true")
        public boolean current;

        static SessionDto of(SessionService.SessionView s, UUID current) {
            SessionDto dto = new SessionDto();
            dto.id = s.id();
            dto.device = s.userAgent();
            dto.ip = s.ip();
            dto.createdAt = s.createdAt();
            dto.lastUsedAt = s.lastUsedAt();
            dto.current = s.id().equals(current);
            return dto;
        }
    }
}
