package eu.flightclaim.claims.domain.model.staff;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The staff accounts. The sign-in state (failures, lock-out, last sign-in, TOTP steps and recovery
 * codes used) is kept by the database's clock and conditional updates, so it holds across a cluster.
 */
public interface StaffAccountRepository {

    Optional<StaffAccount> find(long id);

    /** Case-insensitive. */
    Optional<StaffAccount> findByEmail(String email);

    /** Every account, by email. */
    List<StaffAccount> allByEmail();

    /** Stores a new account now, so its id is known. */
    void add(StaffAccount account);

    /** Writes the account's changes now, so a conflict shows before what follows from them. */
    void store(StaffAccount account);

    boolean hasSuperadmin();

    /** Whether an enabled superadmin other than {@code id} exists. */
    boolean hasOtherEnabledSuperadmin(long id);

    /** Locked out now, by the database's clock. */
    boolean isLocked(long id);

    /** Counts a failed sign-in; the {@code maxFailures}th locks the account for {@code lockout}. */
    boolean countFailedSignIn(long id, int maxFailures, Duration lockout);

    /** A successful sign-in: the failures are forgotten and the time kept. */
    void recordSignIn(long id);

    /** Ends a lock-out and forgets the failures (a new password). */
    void clearLockout(long id);

    /** Uses a TOTP step; false when it, or a later one, was used already (each code works once). */
    boolean useTotpStep(long id, long step);

    void addRecoveryCodes(long id, List<String> codeHashes);

    /** Uses a recovery code of the account; false when it has no such unused code. */
    boolean useRecoveryCode(long id, String codeHash);

    void deleteRecoveryCodes(long id);
}
