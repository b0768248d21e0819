package eu.flightclaim.api;

import eu.flightclaim.claims.application.identity.Roles;

/** Role names carried in the {@code groups} claim of our tokens. */
public final class ApiRoles {

    public static final String CUSTOMER = Roles.CUSTOMER;
    public static final String REVIEWER = Roles.REVIEWER;
    public static final String ADMIN = Roles.ADMIN;
    public static final String SUPERADMIN = Roles.SUPERADMIN;
    /** A staff token that may only set up two-factor sign-in. */
    public static final String TOTP_ENROLMENT = Roles.TOTP_ENROLMENT;
    /** Name of the OpenAPI security scheme (bearer JWT). */
    public static final String BEARER = "bearer";

    private ApiRoles() {
    }
}
