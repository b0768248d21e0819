package eu.flightclaim.api;

/** Role names carried in the {@code groups} claim of our tokens. */
public final class ApiRoles {

    public static final String CUSTOMER = "customer";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";
    public static final String SUPERADMIN = "superadmin";
    /** A staff token that may only set up two-factor sign-in. */
    public static final String TOTP_ENROLMENT = "totp-enrolment";
    /** Name of the OpenAPI security scheme (bearer JWT). */
    public static final String BEARER = "bearer";

    private ApiRoles() {
    }
}
