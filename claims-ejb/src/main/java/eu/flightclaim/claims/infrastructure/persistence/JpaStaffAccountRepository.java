package eu.flightclaim.claims.infrastructure.persistence;

import eu.flightclaim.claims.domain.model.staff.StaffAccount;
import eu.flightclaim.claims.domain.model.staff.StaffAccountRepository;
import eu.flightclaim.claims.domain.model.staff.StaffRecoveryCode;
import eu.flightclaim.claims.domain.model.staff.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Staff accounts with JPA; the sign-in state by {@link StaffSignInQueries}. Runs in the caller's transaction. */
@ApplicationScoped
public class JpaStaffAccountRepository extends PersistenceAdapter implements StaffAccountRepository {

    @Override
    public Optional<StaffAccount> find(long id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id));
    }

    @Override
    public Optional<StaffAccount> findByEmail(String email) {
        return em.createQuery("SELECT a FROM StaffAccount a WHERE LOWER(a.email) = LOWER(:email)", StaffAccount.class)
                .setParameter("email", email).getResultStream().findFirst();
    }

    @Override
    public List<StaffAccount> allByEmail() {
        return em.createQuery("SELECT a FROM StaffAccount a ORDER BY LOWER(a.email)", StaffAccount.class).getResultList();
    }

    @Override
    public void add(StaffAccount account) {
        em.persist(account);
        em.flush();
    }

    @Override
    public void store(StaffAccount account) {
        em.flush();
    }

    @Override
    public boolean hasSuperadmin() {
        return em.createQuery("SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r WHERE r = :role", Long.class)
                .setParameter("role", StaffRole.SUPERADMIN.roleName()).getSingleResult() > 0;
    }

    @Override
    public boolean hasOtherEnabledSuperadmin(long id) {
        return em.createQuery("SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r WHERE r = :role"
                        + " AND a.enabled = TRUE AND a.id <> :id", Long.class)
                .setParameter("role", StaffRole.SUPERADMIN.roleName()).setParameter("id", id).getSingleResult() > 0;
    }

    @Override
    public boolean isLocked(long id) {
        return StaffSignInQueries.isLocked(em, id);
    }

    @Override
    public boolean countFailedSignIn(long id, int maxFailures, Duration lockout) {
        return StaffSignInQueries.countFailure(em, id, maxFailures, lockout);
    }

    @Override
    public void recordSignIn(long id) {
        StaffSignInQueries.recordSignIn(em, id);
    }

    @Override
    public void clearLockout(long id) {
        StaffSignInQueries.clearLockout(em, id);
    }

    @Override
    public boolean useTotpStep(long id, long step) {
        return StaffSignInQueries.useTotpStep(em, id, step);
    }

    @Override
    public void addRecoveryCodes(long id, List<String> codeHashes) {
        codeHashes.forEach(hash -> em.persist(new StaffRecoveryCode(hash, id)));
    }

    @Override
    public boolean useRecoveryCode(long id, String codeHash) {
        return StaffSignInQueries.useRecoveryCode(em, id, codeHash);
    }

    @Override
    public void deleteRecoveryCodes(long id) {
        em.createQuery("DELETE FROM StaffRecoveryCode c WHERE c.staffAccountId = :id").setParameter("id", id)
                .executeUpdate();
    }
}
