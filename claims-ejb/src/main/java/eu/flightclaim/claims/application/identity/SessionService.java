package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.application.NotFoundException;

import eu.flightclaim.claims.domain.model.identity.SecretTokens;
import eu.flightclaim.claims.domain.model.identity.Session;
import eu.flightclaim.claims.domain.model.identity.SessionRepository;
import eu.flightclaim.claims.domain.model.identity.SessionRepository.RefreshTokenUse;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions and their tokens. A session is a refresh-token family: every refresh replaces the
 * token; presenting a replaced one again means it was copied, and the whole session is revoked.
 * Access tokens carry the session id ({@code sid}) so revoking a session stops them too.
 */
@Stateless
public class SessionService {

    public static final String REFUSED = "The sign-in is not valid any more. Please sign in again.";
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    /** What a client keeps after signing in. */
    public record TokenPair(String accessToken, String refreshToken, long expiresIn, UUID sessionId) {
    }

    /** A session as its owner sees it. */
    public record SessionView(UUID id, String userAgent, String ip, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {
    }

    @Inject
    private SessionRepository repository;
    @Inject
    private TokenKeys keys;
    @Inject
    @ConfigProperty(name = "FC_ACCESS_TOKEN_MINUTES", defaultValue = "15")
    private long accessTokenMinutes;

    public TokenPair open(String subject, String principal, List<String> groups, String userAgent, String ip) {
        UUID session = UUID.randomUUID();
        repository.open(new Session(session, subject, principal, groups, clip(userAgent, 500), clip(ip, 64)));
        return issue(session, subject, principal, groups);
    }

    /** A new pair for a valid refresh token; the old one is spent. */
    public TokenPair refresh(String refreshToken, String userAgent, String ip) {
        if (!SecretTokens.looksLikeToken(refreshToken)) {
            throw new AuthenticationFailedException(REFUSED);
        }
        String hash = SecretTokens.hash(refreshToken);
        RefreshTokenUse use = repository.lockRefreshToken(hash)
                .orElseThrow(() -> new AuthenticationFailedException(REFUSED));
        if (use.replaced()) {
            revoke(use.sessionId(), "refresh token reused"); // commits: the exception does not roll back
            throw new AuthenticationFailedException(REFUSED);
        }
        if (use.expired() || use.sessionRevoked()) {
            throw new AuthenticationFailedException(REFUSED);
        }
        repository.replaceRefreshToken(hash);
        repository.touch(use.sessionId(), clip(userAgent, 500), clip(ip, 64));
        return issue(use.sessionId(), use.subject(), use.principal(), use.groups());
    }

    public List<SessionView> activeSessions(String subject) {
        return repository.active(subject).stream().map(s -> new SessionView(s.getId(), s.getUserAgent(), s.getIp(),
                s.getCreatedAt(), s.getLastUsedAt())).toList();
    }

    /** Revokes one of the subject's own sessions; someone else's is not found. */
    public void revokeOwn(String subject, UUID session) {
        if (!repository.revokeOwn(session, subject, "revoked by owner")) {
            throw new NotFoundException("session", session);
        }
    }

    /** Ends every session of a subject (a password change, a disabled account). */
    public void revokeAll(String subject, String why) {
        repository.revokeAll(subject, why);
    }

    public void revoke(UUID session, String why) {
        repository.revoke(session, why);
    }

    public boolean isRevoked(UUID session) {
        return repository.isRevoked(session);
    }

    private TokenPair issue(UUID session, String subject, String principal, List<String> groups) {
        String refresh = SecretTokens.newToken();
        repository.addRefreshToken(SecretTokens.hash(refresh), session, REFRESH_LIFETIME);
        Duration lifetime = Duration.ofMinutes(accessTokenMinutes);
        String access = keys.signer().sign(subject, principal, groups, session, Instant.now(), lifetime);
        return new TokenPair(access, refresh, lifetime.toSeconds(), session);
    }

    private static String clip(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
