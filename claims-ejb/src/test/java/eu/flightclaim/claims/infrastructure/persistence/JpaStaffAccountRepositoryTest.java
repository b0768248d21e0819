package eu.flightclaim.claims.infrastructure.persistence;

import static eu.flightclaim.claims.infrastructure.persistence.PersistenceAdapter.on;

import static eu.flightclaim.claims.PersistenceUnit.inTransaction;
import static eu.flightclaim.claims.PersistenceUnit.inTransactionDo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.flightclaim.claims.domain.model.staff.PasswordLinkRepository.PasswordLink;
import eu.flightclaim.claims.domain.model.staff.PasswordLinkRepository.Purpose;
import eu.flightclaim.claims.domain.model.staff.StaffAccount;
import eu.flightclaim.claims.domain.model.staff.StaffRole;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Staff accounts on the real schema: one entity for every column, the sign-in state kept by the database. */
class JpaStaffAccountRepositoryTest {

    private static long account(String name, Set<StaffRole> roles) {
        return inTransaction(em -> {
            StaffAccount a = new StaffAccount(name + System.nanoTime() + "@Example.com", "Ada", "hash", roles,
                    OffsetDateTime.now());
            on(em, new JpaStaffAccountRepository()).add(a);
            assertNotNull(a.getId(), "add stores now: the id is known");
            return a.getId();
        });
    }

    /** A question to the repository, in a transaction of its own. */
    private static boolean is(Predicate<JpaStaffAccountRepository> question) {
        return inTransaction(em -> question.test(on(em, new JpaStaffAccountRepository())));
    }

    private static StaffAccount load(long id) {
        return inTransaction(em -> on(em, new JpaStaffAccountRepository()).find(id).orElseThrow());
    }

    @Test
    void findsByEmailWhateverItsCase() {
        long id = account("Case", EnumSet.of(StaffRole.REVIEWER));
        String email = load(id).getEmail();
        assertEquals(Optional.of(id), inTransaction(em -> on(em, new JpaStaffAccountRepository())
                .findByEmail(email.toUpperCase()).map(StaffAccount::getId)));
        assertTrue(is(r -> r.allByEmail().stream().anyMatch(a -> a.getId() == id)));
    }

    @Test
    void aNewAccountHasTheDatabaseDefaults() {
        StaffAccount a = load(account("defaults", EnumSet.of(StaffRole.ADMIN)));
        assertTrue(a.isEnabled());
        assertFalse(a.isTotpEnabled());
        assertNull(a.getLockedUntil());
        assertNull(a.getLastLoginAt());
        assertEquals(Set.of("admin"), a.getRoles());
    }

    @Test
    void theLastFailureLocksAndASignInOrANewPasswordUnlocks() {
        long id = account("lock", EnumSet.of(StaffRole.REVIEWER));
        for (int i = 0; i < 2; i++) {
            assertFalse(is(r -> r.isLocked(id)));
            boolean lockedNow = is(r -> r.countFailedSignIn(id, 2, Duration.ofMinutes(15)));
            assertEquals(i == 1, lockedNow, "the failure that starts the lock-out says so (the operators count it)");
        }
        assertTrue(is(r -> r.isLocked(id)));
        assertNotNull(load(id).getLockedUntil(), "the entity reads what the database set");
        inTransactionDo(em -> on(em, new JpaStaffAccountRepository()).clearLockout(id));
        assertFalse(is(r -> r.isLocked(id)));
        inTransactionDo(em -> on(em, new JpaStaffAccountRepository()).recordSignIn(id));
        assertNotNull(load(id).getLastLoginAt());
    }

    @Test
    void aLockOutThatRanOutStartsTheCountAgain() {
        long id = account("expired", EnumSet.of(StaffRole.REVIEWER));
        inTransactionDo(em -> on(em, new JpaStaffAccountRepository()).countFailedSignIn(id, 1, Duration.ZERO));
        assertFalse(is(r -> r.isLocked(id)), "locked for no time");
        inTransactionDo(em -> on(em, new JpaStaffAccountRepository()).countFailedSignIn(id, 2, Duration.ofMinutes(15)));
        assertFalse(is(r -> r.isLocked(id)), "one failure of a new count");
    }

    @Test
    void aTotpStepAndARecoveryCodeWorkOnce() {
        long id = account("totp", EnumSet.of(StaffRole.ADMIN));
        inTransactionDo(em -> {
            StaffAccount a = on(em, new JpaStaffAccountRepository()).find(id).orElseThrow();
            a.startTotpEnrolment("SECRET");
            a.enableTotp(10);
            on(em, new JpaStaffAccountRepository()).store(a);
            on(em, new JpaStaffAccountRepository()).addRecoveryCodes(id, List.of("a".repeat(64), "b".repeat(64)));
        });
        assertTrue(load(id).isTotpEnabled());
        assertEquals(10L, load(id).getTotpLastStep());
        assertFalse(is(r -> r.useTotpStep(id, 10)), "the confirming step");
        assertTrue(is(r -> r.useTotpStep(id, 11)));
        assertFalse(is(r -> r.useTotpStep(id, 11)));
        assertTrue(is(r -> r.useRecoveryCode(id, "a".repeat(64))));
        assertFalse(is(r -> r.useRecoveryCode(id, "a".repeat(64))));
        inTransactionDo(em -> {
            StaffAccount a = on(em, new JpaStaffAccountRepository()).find(id).orElseThrow();
            a.resetTotp();
            on(em, new JpaStaffAccountRepository()).store(a);
            on(em, new JpaStaffAccountRepository()).deleteRecoveryCodes(id);
        });
        assertFalse(load(id).isTotpEnabled());
        assertNull(load(id).getTotpSecret());
        assertFalse(is(r -> r.useRecoveryCode(id, "b".repeat(64))));
    }

    @Test
    void anotherEnabledSuperadminIsCounted() {
        long first = account("super", EnumSet.of(StaffRole.SUPERADMIN));
        long second = account("super", EnumSet.of(StaffRole.SUPERADMIN));
        assertTrue(is(r -> r.hasSuperadmin()));
        assertTrue(is(r -> r.hasOtherEnabledSuperadmin(first)));
        inTransactionDo(em -> em.createQuery("UPDATE StaffAccount a SET a.enabled = FALSE WHERE a.id <> :id")
                .setParameter("id", first).executeUpdate());
        try {
            assertFalse(is(r -> r.hasOtherEnabledSuperadmin(first)));
        } finally {
            inTransactionDo(em -> em.createQuery("UPDATE StaffAccount a SET a.enabled = TRUE WHERE a.id = :id")
                    .setParameter("id", second).executeUpdate());
        }
    }

    @Test
    void aPasswordLinkIsValidUntilUsedOrExpired() {
        long id = account("link", EnumSet.of(StaffRole.REVIEWER));
        String used = "c".repeat(63) + (id % 10);
        String expired = "d".repeat(63) + (id % 10);
        inTransactionDo(em -> {
            on(em, new PasswordLinkQueries()).add(used, id, Purpose.INVITE, Duration.ofDays(7));
            on(em, new PasswordLinkQueries()).add(expired, id, Purpose.RESET, Duration.ofSeconds(-1));
        });
        assertEquals(Optional.of(new PasswordLink(id, Purpose.INVITE)),
                inTransaction(em -> on(em, new PasswordLinkQueries()).lockValid(used)));
        assertEquals(Optional.empty(), inTransaction(em -> on(em, new PasswordLinkQueries()).lockValid(expired)));
        inTransactionDo(em -> on(em, new PasswordLinkQueries()).markUsed(used));
        assertEquals(Optional.empty(), inTransaction(em -> on(em, new PasswordLinkQueries()).lockValid(used)));
    }
}
