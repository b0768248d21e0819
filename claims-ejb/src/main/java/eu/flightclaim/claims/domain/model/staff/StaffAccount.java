package eu.flightclaim.claims.domain.model.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** A member of staff who signs in to the console. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    /** Set by the database clock when a sign-in succeeds. */
    @Column(name = "last_login_at", insertable = false, updatable = false)
    private OffsetDateTime lastLoginAt;

    /** Set with the failures counting to it by the database (sign-in), so across a cluster; read here only. */
    @Column(name = "locked_until", insertable = false, updatable = false)
    private OffsetDateTime lockedUntil;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    /** The last TOTP step used, moved forward only by the conditional update of a sign-in. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "staff_account_id"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(String email, String displayName, String passwordHash, Set<StaffRole> roles,
            OffsetDateTime now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        roles.forEach(r -> this.roles.add(r.roleName()));
    }

    public void replaceRoles(java.util.Collection<StaffRole> newRoles) {
        roles.clear();
        newRoles.forEach(r -> roles.add(r.roleName()));
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void changePasswordHash(String newHash) {
        passwordHash = newHash;
    }

    /** A new secret waiting for its first code; two-factor sign-in stays off until {@link #enableTotp}. */
    public void startTotpEnrolment(String secret) {
        totpSecret = secret;
    }

    /** Turns two-factor sign-in on; {@code step} (the confirming code's) cannot be used to sign in. */
    public void enableTotp(long step) {
        totpEnabled = true;
        totpLastStep = step;
    }

    /** Back to no second factor (an administrator's reset); the recovery codes go separately. */
    public void resetTotp() {
        totpEnabled = false;
        totpSecret = null;
        totpLastStep = null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    /** Role names ({@link StaffRole#roleName()}). */
    public Set<String> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
