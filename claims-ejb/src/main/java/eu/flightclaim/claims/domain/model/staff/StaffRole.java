package eu.flightclaim.claims.domain.model.staff;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a staff member may do; each role includes the ones before it. */
public enum StaffRole {
    /** Works claims. */
    REVIEWER,
    /** Also manages validation rules, templates and reference data. */
    ADMIN,
    /** Also manages staff accounts. */
    SUPERADMIN;

    /** The role name used in security checks and JWT groups: {@code reviewer}, {@code admin}, {@code superadmin}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Admins and superadmins must sign in with a second factor. */
    public static boolean requiresSecondFactor(java.util.Collection<String> roleNames) {
        return roleNames.contains(ADMIN.roleName()) || roleNames.contains(SUPERADMIN.roleName());
    }

    /** The only group of a token given to staff who must set up two-factor sign-in before anything else. */
    public static final String TOTP_ENROLMENT = "totp-enrolment";

    public static Optional<StaffRole> of(String roleName) {
        return Arrays.stream(values()).filter(r -> r.roleName().equals(roleName)).findFirst();
    }
}
