package eu.flightclaim.claims.application;

import eu.flightclaim.claims.domain.model.staff.Argon2idPasswordHasher;
import eu.flightclaim.claims.domain.model.staff.StaffAccount;
import eu.flightclaim.claims.domain.model.staff.StaffRole;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Staff accounts: creation and password sign-in. */
@Stateless
public class StaffAccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Verified when the email is unknown, so an unknown address costs as much time as a known one. */
    private static final String DUMMY_HASH = Argon2idPasswordHasher.DEFAULT.hash("no such account");

    /** Who signed in: the identity the console and tokens carry. */
    public record StaffIdentity(long id, String email, String displayName, Set<String> roles) {
    }

    @PersistenceContext(unitName = "flightclaim")
    private EntityManager em;

    public Optional<StaffIdentity> verifyCredentials(String email, String password) {
        Optional<StaffAccount> account = findByEmail(email);
        String hash = account.map(StaffAccount::getPasswordHash).orElse(DUMMY_HASH);
        boolean matches = Argon2idPasswordHasher.DEFAULT.verify(password, hash);
        if (account.isEmpty() || !matches || !account.get().isEnabled()) {
            return Optional.empty();
        }
        StaffAccount a = account.get();
        a.recordLogin(OffsetDateTime.now());
        if (Argon2idPasswordHasher.DEFAULT.needsRehash(a.getPasswordHash())) {
            a.changePasswordHash(Argon2idPasswordHasher.DEFAULT.hash(password));
        }
        return Optional.of(new StaffIdentity(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles()));
    }

    public StaffAccount create(String email, String displayName, String password, Set<StaffRole> roles) {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException("email", "'" + email + "' is not a valid email address.");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    "The password must have at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (findByEmail(email).isPresent()) {
            throw new StateConflictException("A staff account for " + email + " exists already.");
        }
        StaffAccount account = new StaffAccount(email.trim(), displayName, Argon2idPasswordHasher.DEFAULT.hash(password),
                roles, OffsetDateTime.now());
        em.persist(account);
        return account;
    }

    public boolean hasSuperadmin() {
        return em.createQuery("SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r WHERE r = :role", Long.class)
                .setParameter("role", StaffRole.SUPERADMIN.roleName()).getSingleResult() > 0;
    }

    private Optional<StaffAccount> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM StaffAccount a WHERE LOWER(a.email) = :email", StaffAccount.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }
}
