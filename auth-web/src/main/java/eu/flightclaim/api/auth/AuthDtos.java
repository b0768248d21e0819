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
        @Schema(example = "ada@example.com", required = true)
        public String email;
        @Schema(description = "Also spend every unused link sent to this address before", defaultValue = "false")
        public Boolean invalidatePrevious;
    }

    @Schema(name = "MagicLinkAccepted", description = "The same answer for every address")
    public static class MagicLinkAccepted {
        @Schema(example = "If this address can receive email, a sign-in link is on its way. It works once, for 15 minutes.")
        public String message;
    }

    @Schema(name = "MagicLinkVerifyRequest")
    public static class VerifyRequest {
        @Schema(description = "The token from the link", required = true)
        public String token;
    }

    @Schema(name = "RefreshRequest")
    public static class RefreshRequest {
        @Schema(required = true)
        public String refreshToken;
    }

    @Schema(name = "TokenResponse")
    public static class TokenResponse {
        @Schema(description = "RS256 JWT for the Authorization header")
        public String accessToken;
        @Schema(description = "Opaque; single use: each refresh returns a new one")
        public String refreshToken;
        @Schema(example = "Bearer")
        public String tokenType = "Bearer";
        @Schema(description = "Seconds the access token is valid", example = "900")
        public long expiresIn;
        @Schema(description = "Staff only: an admin must set up two-factor sign-in first; the token allows only that")
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
        @Schema(example = "reviewer@flightclaim.example", required = true)
        public String email;
        @Schema(required = true)
        public String password;
        @Schema(description = "The authenticator's current code, or a recovery code, when two-factor sign-in is on")
        public String totp;
    }

    @Schema(name = "TotpEnrolment", description = "A secret for the authenticator app; in force after a confirmed code")
    public static class TotpEnrolmentDto {
        @Schema(description = "Base32 secret, for typing in")
        public String secret;
        @Schema(description = "otpauth:// URI, for a QR code")
        public String uri;
    }

    @Schema(name = "TotpConfirmRequest")
    public static class TotpConfirmRequest {
        @Schema(description = "The current 6-digit code", example = "123456", required = true)
        public String code;
    }

    @Schema(name = "RecoveryCodes", description = "Single-use codes for a lost authenticator, shown only now")
    public static class RecoveryCodesDto {
        public java.util.List<String> recoveryCodes;
    }

    @Schema(name = "PasswordResetRequest")
    public static class PasswordResetRequest {
        @Schema(example = "sam@flightclaim.example", required = true)
        public String email;
    }

    @Schema(name = "SetPasswordRequest")
    public static class SetPasswordRequest {
        @Schema(description = "The token from the invitation or reset link", required = true)
        public String token;
        @Schema(description = "At least 12 characters, not a common password", required = true)
        public String password;
    }

    @Schema(name = "Session", description = "A signed-in device")
    public static class SessionDto {
        @Schema(type = SchemaType.STRING, format = "uuid")
        public UUID id;
        @Schema(description = "The User-Agent it signed in or last refreshed with")
        public String device;
        public String ip;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime createdAt;
        @Schema(type = SchemaType.STRING, format = "date-time")
        public OffsetDateTime lastUsedAt;
        @Schema(description = "The session of the token this request carries")
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
