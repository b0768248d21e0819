package eu.flightclaim.claims.application.identity;

import eu.flightclaim.claims.application.system.RequestIds;
import eu.flightclaim.claims.application.audit.AuditLog;

import eu.flightclaim.claims.application.notification.EmailOutbox;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;

import eu.flightclaim.claims.domain.model.identity.SecretTokens;
import eu.flightclaim.claims.domain.model.staff.Argon2idPasswordHasher;
import eu.flightclaim.claims.domain.model.staff.PasswordLinkRepository;
import eu.flightclaim.claims.domain.model.staff.PasswordLinkRepository.PasswordLink;
import eu.flightclaim.claims.domain.model.staff.PasswordLinkRepository.Purpose;
import eu.flightclaim.claims.domain.model.staff.PasswordPolicy;
import eu.flightclaim.claims.domain.model.staff.StaffAccount;
import eu.flightclaim.claims.domain.model.staff.StaffAccountRepository;
import eu.flightclaim.claims.domain.model.staff.StaffRole;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff accounts managed by superadmins (invite, roles, disable, reset two-factor sign-in) and the
 * password links (invitation, reset) staff use to set a password. Every change is in the audit log.
 */
@Stateless
@RolesAllowed(Roles.SUPERADMIN)
public class StaffManagement {

    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    public static final Duration RESET_VALIDITY = Duration.ofMinutes(30);
    public static final String INVITATION_TEMPLATE = "staff-invitation";
    public static final String RESET_TEMPLATE = "staff-password-reset";
    public static final String LINK_REFUSED = "This link is not valid: it may have expired or been used already.";

    /** A staff account as superadmins see it. */
    public record StaffView(long id, String email, String displayName, Set<String> roles, boolean enabled,
            boolean totpEnabled, OffsetDateTime lockedUntil, OffsetDateTime lastLoginAt, OffsetDateTime createdAt)
                    implements Serializable {
    }

    @Inject
    private StaffAccountRepository accounts;
    @Inject
    private PasswordLinkRepository links;
    @EJB
    private EmailOutbox outbox;
    @EJB
    private AuditLog audit;
    @EJB
    private SessionService sessions;
    @Inject
    @ConfigProperty(name = "FC_PUBLIC_BASE_URL", defaultValue = "http://localhost:8080")
    private String publicBaseUrl;

    /** Enabled accounts: the ones a claim can be assigned to. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.SUPERADMIN})
    public List<StaffView> assignable() {
        return list().stream().filter(StaffView::enabled).toList();
    }

    public List<StaffView> list() {
        return accounts.allByEmail().stream().map(this::view).toList();
    }

    public StaffView get(long id) {
        return view(account(id));
    }

    /** Creates the account (no usable password yet) and emails a link to set one. */
    public StaffView invite(String actor, String email, String displayName, Set<StaffRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "An invited member of staff needs at least one role.");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new InvalidInputException("displayName", "A name of 1 to 200 characters is required.");
        }
        // an unguessable password nobody knows: the account is usable only through the invitation
        StaffAccount account = new StaffAccount(validEmail(email), displayName.trim(),
                Argon2idPasswordHasher.DEFAULT.hash(SecretTokens.newToken()), roles, OffsetDateTime.now());
        if (accounts.findByEmail(account.getEmail().toLowerCase(Locale.ROOT)).isPresent()) {
            throw new StateConflictException("A staff account for " + email + " exists already.");
        }
        accounts.add(account);
        sendPasswordLink(account, Purpose.INVITE, INVITATION_VALIDITY, INVITATION_TEMPLATE);
        StaffView after = view(account);
        audit.record(actor, "staff.invite", account.getEmail(), null, after);
        return after;
    }

    public StaffView changeRoles(String actor, long id, Set<StaffRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "A member of staff needs at least one role.");
        }
        StaffAccount a = account(id);
        StaffView before = view(a);
        if (before.roles().contains(StaffRole.SUPERADMIN.roleName()) && !roles.contains(StaffRole.SUPERADMIN)) {
            keepAnotherSuperadmin(a, "remove the superadmin role from");
        }
        a.replaceRoles(roles);
        accounts.store(a);
        StaffView after = view(a);
        audit.record(actor, "staff.roles", a.getEmail(), before, after);
        sessions.revokeAll("staff:" + id, "roles changed"); // tokens carry the old roles
        return after;
    }

    public StaffView setEnabled(String actor, long id, boolean enabled) {
        StaffAccount a = account(id);
        StaffView before = view(a);
        if (!enabled && before.roles().contains(StaffRole.SUPERADMIN.roleName())) {
            keepAnotherSuperadmin(a, "disable");
        }
        a.setEnabled(enabled);
        accounts.store(a);
        StaffView after = view(a);
        audit.record(actor, enabled ? "staff.enable" : "staff.disable", a.getEmail(), before, after);
        if (!enabled) {
            sessions.revokeAll("staff:" + id, "account disabled");
        }
        return after;
    }

    public StaffView resetTotp(String actor, long id) {
        StaffAccount a = account(id);
        StaffView before = view(a);
        a.resetTotp();
        accounts.store(a);
        accounts.deleteRecoveryCodes(id);
        StaffView after = view(a);
        audit.record(actor, "staff.totp-reset", a.getEmail(), before, after);
        return after;
    }

    /** Emails a reset link when the address belongs to an enabled account; the caller answers the same either way. */
    @Asynchronous
    @PermitAll
    public void requestPasswordReset(String email, String requestId) {
        RequestIds.within(requestId, () -> accounts.findByEmail(email.trim().toLowerCase(Locale.ROOT))
                .filter(StaffAccount::isEnabled)
                .ifPresent(a -> sendPasswordLink(a, Purpose.RESET, RESET_VALIDITY, RESET_TEMPLATE)));
    }

    /** Spends an invitation or reset link to set the password; ends the account's sessions and lock-out. */
    @PermitAll
    public void setPassword(String token, String password) {
        if (!SecretTokens.looksLikeToken(token)) {
            throw new AuthenticationFailedException(LINK_REFUSED);
        }
        String tokenHash = SecretTokens.hash(token);
        PasswordLink link = links.lockValid(tokenHash).orElseThrow(() -> new AuthenticationFailedException(LINK_REFUSED));
        long id = link.staffAccountId();
        StaffAccount a = account(id);
        List<String> problems = PasswordPolicy.problems(password, a.getEmail());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("password", "The password " + String.join(", ", problems) + ".");
        }
        links.markUsed(tokenHash);
        a.changePasswordHash(Argon2idPasswordHasher.DEFAULT.hash(password));
        accounts.store(a);
        accounts.clearLockout(id);
        sessions.revokeAll("staff:" + id, "password set");
        audit.record(a.getEmail(), link.purpose() == Purpose.INVITE ? "staff.invitation-accepted"
                : "staff.password-reset", a.getEmail(), null, null);
    }

    /** A signed-in staff member changes their own password; the current one is asked again. */
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.SUPERADMIN, Roles.TOTP_ENROLMENT})
    public void changePassword(String email, String current, String password) {
        StaffAccount a = accounts.findByEmail(email).orElseThrow(() -> new NotFoundException("staff account", email));
        if (current == null || !Argon2idPasswordHasher.DEFAULT.verify(current, a.getPasswordHash())) {
            throw new InvalidInputException("current", "The current password is not right.");
        }
        List<String> problems = PasswordPolicy.problems(password, a.getEmail());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("password", "The password " + String.join(", ", problems) + ".");
        }
        a.changePasswordHash(Argon2idPasswordHasher.DEFAULT.hash(password));
        sessions.revokeAll("staff:" + a.getId(), "password changed");
        audit.record(a.getEmail(), "staff.password-changed", a.getEmail(), null, null);
    }

    private void sendPasswordLink(StaffAccount a, Purpose purpose, Duration validity, String template) {
        String token = SecretTokens.newToken();
        links.add(SecretTokens.hash(token), a.getId(), purpose, validity);
        outbox.queue(template, a.getEmail(), Map.of("name", a.getDisplayName(),
                "link", publicBaseUrl.replaceAll("/$", "") + "/admin/set-password.xhtml?token=" + token,
                "validity", validity.toDays() >= 1 ? validity.toDays() + " days" : validity.toMinutes() + " minutes"));
    }

    private void keepAnotherSuperadmin(StaffAccount a, String what) {
        if (!accounts.hasOtherEnabledSuperadmin(a.getId())) {
            throw new StateConflictException("Cannot " + what + " " + a.getEmail()
                    + ": it is the last enabled superadmin.");
        }
    }

    private StaffAccount account(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("staff account", id));
    }

    private StaffView view(StaffAccount a) {
        return new StaffView(a.getId(), a.getEmail(), a.getDisplayName(), new TreeSet<>(a.getRoles()), a.isEnabled(),
                a.isTotpEnabled(), a.getLockedUntil(), a.getLastLoginAt(), a.getCreatedAt());
    }

    private static String validEmail(String email) {
        if (email == null || email.length() > 320 || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("email", "'" + email + "' is not an email address.");
        }
        return email.trim();
    }

    /** Role names from the API, each checked. */
    public static Set<StaffRole> roles(List<String> names) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        if (names != null) {
            for (String n : names) {
                roles.add(StaffRole.of(n == null ? "" : n.trim().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                        new InvalidInputException("roles", "unknown role '" + n + "', expected reviewer, admin or superadmin")));
            }
        }
        return roles;
    }
}
