package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;

import static eu.flightclaim.claims.PersistenceUnit.inTransaction;
import static eu.flightclaim.claims.PersistenceUnit.inTransactionDo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.domain.model.identity.Session;
import eu.flightclaim.claims.domain.model.identity.SessionRepository.RefreshTokenUse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Sessions and refresh tokens on the real schema: what the database's clock decides, and revocation. */
class JpaSessionRepositoryTest {

    private static final String SUBJECT = "staff:" + System.nanoTime();

    private static UUID open(String token, Duration lifetime) {
        UUID id = UUID.randomUUID();
        inTransactionDo(em -> {
            JpaSessionRepository sessions = on(em, new JpaSessionRepository());
            sessions.open(new Session(id, SUBJECT, "ada@example.com", List.of("admin", "reviewer"), "curl", "::1"));
            sessions.addRefreshToken(token, id, lifetime);
        });
        return id;
    }

    private static boolean is(Predicate<JpaSessionRepository> question) {
        return inTransaction(em -> question.test(on(em, new JpaSessionRepository())));
    }

    private static RefreshTokenUse use(String token) {
        return inTransaction(em -> on(em, new JpaSessionRepository()).lockRefreshToken(token).orElseThrow());
    }

    private static String token() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    @Test
    void aRefreshTokenIsReplacedOnceAndItsSessionTouched() {
        String token = token();
        UUID id = open(token, Duration.ofDays(30));
        RefreshTokenUse fresh = use(token);
        assertEquals(new RefreshTokenUse(id, SUBJECT, "ada@example.com", List.of("admin", "reviewer"), false, false,
                false), fresh);
        inTransactionDo(em -> {
            on(em, new JpaSessionRepository()).replaceRefreshToken(token);
            on(em, new JpaSessionRepository()).touch(id, null, "10.0.0.1");
        });
        assertTrue(use(token).replaced());
        Session s = inTransaction(em -> em.find(Session.class, id));
        assertEquals("curl", s.getUserAgent(), "a null user agent keeps the one it had");
        assertEquals("10.0.0.1", s.getIp());
        assertNotNull(s.getCreatedAt());
    }

    @Test
    void anExpiredTokenSaysSoAndItsSessionIsNotActive() {
        String token = token();
        UUID id = open(token, Duration.ofSeconds(-1));
        assertTrue(use(token).expired());
        assertFalse(inTransaction(em -> on(em, new JpaSessionRepository()).active(SUBJECT)).stream()
                .anyMatch(s -> s.getId().equals(id)));
        assertTrue(is(r -> r.lockRefreshToken(token()).isEmpty()), "an unknown token");
    }

    @Test
    void revokedSessionsAreNotActiveAndOnlyTheirOwnerRevokesThem() {
        UUID mine = open(token(), Duration.ofDays(30));
        UUID other = open(token(), Duration.ofDays(30));
        assertTrue(inTransaction(em -> on(em, new JpaSessionRepository()).active(SUBJECT)).stream()
                .map(Session::getId).toList().containsAll(List.of(mine, other)));
        assertFalse(is(r -> r.revokeOwn(mine, "staff:someone-else", "revoked by owner")));
        assertTrue(is(r -> r.revokeOwn(mine, SUBJECT, "revoked by owner")));
        assertFalse(is(r -> r.revokeOwn(mine, SUBJECT, "revoked by owner")), "once");
        assertTrue(is(r -> r.isRevoked(mine)));
        assertFalse(is(r -> r.isRevoked(other)));
        assertTrue(is(r -> r.isRevoked(UUID.randomUUID())), "an unknown session counts as revoked");
        inTransactionDo(em -> on(em, new JpaSessionRepository()).revokeAll(SUBJECT, "password set"));
        assertTrue(is(r -> r.isRevoked(other)));
        assertTrue(inTransaction(em -> on(em, new JpaSessionRepository()).active(SUBJECT)).isEmpty());
    }

    @Test
    void aRevokedSessionShowsInItsTokensUse() {
        String token = token();
        UUID id = open(token, Duration.ofDays(30));
        inTransactionDo(em -> on(em, new JpaSessionRepository()).revoke(id, "refresh token reused"));
        assertTrue(use(token).sessionRevoked());
    }
}
