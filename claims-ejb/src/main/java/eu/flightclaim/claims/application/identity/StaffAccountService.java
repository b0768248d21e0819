package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.application.system.OperationsMetrics;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;

import eu.flightclaim.claims.domain.model.identity.SecretTokens;
import eu.flightclaim.claims.domain.model.staff.Argon2idPasswordHasher;
import eu.flightclaim.claims.domain.model.staff.PasswordPolicy;
import eu.flightclaim.claims.domain.model.staff.StaffAccount;
import eu.flightclaim.claims.domain.model.staff.StaffAccountRepository;
import eu.flightclaim.claims.domain.model.staff.StaffRole;
import eu.flightclaim.claims.domain.model.staff.Totp;
import eu.flightclaim.claims.domain.model.text.AcceptedText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff accounts and their sign-in: Argon2id passwords, lock-out after repeated failures (counted
 * in the database, so across a cluster), and a TOTP second factor with single-use recovery codes.
 * A refusal never says whether the email exists or the account is locked.
 */
@Stateless
public class StaffAccountService {

    public static final String REFUSED = "The email, password or code is not right, or the account is locked for a while.";
    public static final String TOTP_ISSUER = "Flight Claim";
    /** Verified when the email is unknown, so an unknown address costs as much time as a known one. */
    private static final String DUMMY_HASH = Argon2idPasswordHasher.DEFAULT.hash("no such account");

    /**
     * Who signed in: the identity the console and tokens carry. {@code mustEnrolTotp}: an admin or
     * superadmin without a second factor yet, who may only set one up.
     */
    public record StaffIdentity(long id, String email, String displayName, Set<String> roles, boolean mustEnrolTotp) {

        /** The token subject of a staff member. */
        public String subject() {
            return "staff:" + id;
        }

        /** The groups to put in a token or a session: the roles, or only the enrolment group. */
        public Set<String> groups() {
            return mustEnrolTotp ? Set.of(StaffRole.TOTP_ENROLMENT) : roles;
        }
    }

    /** A TOTP secret waiting for its first code. */
    public record TotpEnrolment(String secret, String uri) {
    }

    @Inject
    private StaffAccountRepository accounts;
    @Inject
    @ConfigProperty(name = "FC_STAFF_MAX_FAILED_LOGINS", defaultValue = "5")
    private int maxFailures;
    @Inject
    @ConfigProperty(name = "FC_STAFF_LOCKOUT_SECONDS", defaultValue = "900")
    private long lockoutSeconds;

    @Inject
    private OperationsMetrics metrics;

    /** Signs a staff member in, or throws {@link AuthenticationFailedException} (with the failure counted). */
    public StaffIdentity authenticate(String email, String password, String totp) {
        Optional<StaffAccount> found = findByEmail(email);
        String hash = found.map(StaffAccount::getPasswordHash).orElse(DUMMY_HASH);
        boolean passwordMatches = Argon2idPasswordHasher.DEFAULT.verify(password, hash);
        if (found.isEmpty() || !found.get().isEnabled()) {
            throw new AuthenticationFailedException(REFUSED);
        }
        StaffAccount a = found.get();
        if (accounts.isLocked(a.getId())) {
            metrics.staffSignIn(OperationsMetrics.StaffSignIn.REFUSED_WHILE_LOCKED);
            throw new AuthenticationFailedException(REFUSED);
        }
        if (!passwordMatches || a.isTotpEnabled() && !secondFactor(a, totp)) {
            boolean lockedNow = accounts.countFailedSignIn(a.getId(), maxFailures, Duration.ofSeconds(lockoutSeconds));
            metrics.staffSignIn(lockedNow ? OperationsMetrics.StaffSignIn.LOCKED_OUT : OperationsMetrics.StaffSignIn.FAILED);
            throw new AuthenticationFailedException(REFUSED);
        }
        accounts.recordSignIn(a.getId());
        metrics.staffSignIn(OperationsMetrics.StaffSignIn.SUCCEEDED);
        if (Argon2idPasswordHasher.DEFAULT.needsRehash(a.getPasswordHash())) {
            a.changePasswordHash(Argon2idPasswordHasher.DEFAULT.hash(password));
        }
        boolean mustEnrol = totpRequired() && !a.isTotpEnabled() && StaffRole.requiresSecondFactor(a.getRoles());
        return new StaffIdentity(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(), mustEnrol);
    }

    /** Read on every sign-in, so an operator can change it without a redeploy. */
    private static boolean totpRequired() {
        return ConfigProvider.getConfig().getOptionalValue("FC_STAFF_TOTP_REQUIRED", Boolean.class).orElse(true);
    }

    /** The id of the account with this email (the console knows its callers by email). */
    public long idOf(String email) {
        return findByEmail(email).orElseThrow(() -> new NotFoundException("staff account", email)).getId();
    }

    private boolean secondFactor(StaffAccount a, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String c = code.replace(" ", "").trim();
        OptionalLong step = Totp.verify(a.getTotpSecret(), c, Instant.now(), a.getTotpLastStep());
        if (step.isPresent()) {
            return accounts.useTotpStep(a.getId(), step.getAsLong()); // a code works once
        }
        return accounts.useRecoveryCode(a.getId(), SecretTokens.hash(c.toLowerCase(Locale.ROOT)));
    }

    /** A new TOTP secret for the account, not in force until {@link #confirmTotp} sees a code from it. */
    public TotpEnrolment startTotpEnrolment(long staffId) {
        StaffAccount a = account(staffId);
        if (a.isTotpEnabled()) {
            throw new StateConflictException("Two-factor sign-in is already set up; an administrator can reset it.");
        }
        String secret = Totp.newSecret();
        a.startTotpEnrolment(secret);
        accounts.store(a);
        return new TotpEnrolment(secret, Totp.uri(TOTP_ISSUER, a.getEmail(), secret));
    }

    /** Turns TOTP on when {@code code} comes from the enrolled secret; returns 10 recovery codes, shown once. */
    public List<String> confirmTotp(long staffId, String code) {
        StaffAccount a = account(staffId);
        if (a.isTotpEnabled()) {
            throw new StateConflictException("Two-factor sign-in is already set up.");
        }
        OptionalLong step = Totp.verify(a.getTotpSecret(), code == null ? null : code.trim(), Instant.now(), null);
        if (a.getTotpSecret() == null || step.isEmpty()) {
            throw new InvalidInputException("code", "The code does not match: check the authenticator app's clock"
                    + " and enter the current code.");
        }
        a.enableTotp(step.getAsLong());
        accounts.store(a);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            codes.add(SecretTokens.newToken().replaceAll("[^A-Za-z0-9]", "").substring(0, 10).toLowerCase(Locale.ROOT));
        }
        accounts.addRecoveryCodes(staffId, codes.stream().map(SecretTokens::hash).toList());
        return codes;
    }

    public boolean totpEnabled(long staffId) {
        return account(staffId).isTotpEnabled();
    }

    public StaffAccount create(String email, String displayName, String password, Set<StaffRole> roles) {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException("email", "'" + email + "' is not a valid email address.");
        }
        List<String> problems = PasswordPolicy.problems(password, email);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("password", "The password " + String.join(", ", problems) + ".");
        }
        if (findByEmail(email).isPresent()) {
            throw new StateConflictException("A staff account for " + email + " exists already.");
        }
        StaffAccount account = new StaffAccount(email.trim(), displayName, Argon2idPasswordHasher.DEFAULT.hash(password),
                roles, OffsetDateTime.now());
        accounts.add(account);
        return account;
    }

    public boolean hasSuperadmin() {
        return accounts.hasSuperadmin();
    }

    private StaffAccount account(long staffId) {
        return accounts.find(staffId).orElseThrow(() -> new NotFoundException("staff account", staffId));
    }

    private Optional<StaffAccount> findByEmail(String email) {
        if (email == null || email.isBlank() || !AcceptedText.accepts(email, AcceptedText.Lines.SINGLE)) {
            return Optional.empty(); // no account has such an address; PostgreSQL would refuse a NUL in it
        }
        return accounts.findByEmail(email.trim().toLowerCase(Locale.ROOT));
    }
}
