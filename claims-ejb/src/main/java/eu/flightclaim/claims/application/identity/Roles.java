package eu.flightclaim.claims.application.identity;

/**
 * The role names the server's security carries (a token's groups, the console's identity store),
 * for {@code @RolesAllowed} on the services: a second line behind the web layer's own checks.
 */
public final class Roles {

    public static final String CUSTOMER = "customer";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final String SUPERADMIN = "superadmin";
    /** A member of staff who may only set up two-factor sign-in (and change their password) yet. */
    public static final String TOTP_ENROLMENT = "totp-enrolment";

    private Roles() {
    }
}
