package eu.flightclaim.it;

import static java.util.Map.entry;

import java.util.Map;

/**
 * Who may call each operation of the API: the authorization matrix, written down once. A new
 * operation in {@code /openapi} without a line here fails {@link AuthorizationMatrixIT}; the
 * generated tests call each operation as a caller this table allows.
 */
final class ApiAccess {

    /** The callers an operation admits; the others get 401 (no token) or 403 (wrong role). */
    enum Access {
        /** Anyone, no token needed. */
        PUBLIC,
        /** Any valid token: a customer's or a staff member's own sessions and identity. */
        SIGNED_IN,
        /** Customers only, and only their own things: another customer's is a 404, staff get 403. */
        OWN_CUSTOMER,
        /** The customer who owns it (another customer: 404), or any staff member. */
        OWNER_OR_STAFF,
        /** Reviewers, admins, superadmins. */
        STAFF,
        /** Admins and superadmins. */
        ADMIN,
        /** Superadmins. */
        SUPERADMIN;

        /** The caller the generated tests act as: the one this access is meant for. */
        ApiWorld.Caller typicalCaller(ApiWorld world) {
            return switch (this) {
                case PUBLIC -> world.anonymous;
                case SIGNED_IN, OWN_CUSTOMER, OWNER_OR_STAFF -> world.customerA;
                case STAFF, ADMIN, SUPERADMIN -> world.superadmin;
            };
        }
    }

    static final Map<String, Access> MATRIX = Map.ofEntries(
            entry("GET /api/v1/info", Access.PUBLIC),
            entry("GET /api/v1/claims/{id}/document-requests", Access.OWN_CUSTOMER),
            entry("GET /api/v1/terms", Access.PUBLIC),
            entry("GET /api/v1/account", Access.OWN_CUSTOMER),
            entry("PATCH /api/v1/account", Access.OWN_CUSTOMER),
            entry("GET /api/v1/account/data-export", Access.OWN_CUSTOMER),
            entry("POST /api/v1/account/erasure-request", Access.OWN_CUSTOMER),
            entry("GET /api/v1/account/erasure-request", Access.OWN_CUSTOMER),
            entry("GET /api/v1/me", Access.SIGNED_IN),
            entry("GET /api/v1/health/dependencies", Access.PUBLIC),
            entry("GET /api/v1/airports", Access.PUBLIC),
            entry("GET /api/v1/airports/{iata}", Access.PUBLIC),
            entry("GET /api/v1/airlines", Access.PUBLIC),
            entry("GET /api/v1/airlines/{iata}", Access.PUBLIC),
            entry("POST /api/v1/eligibility", Access.PUBLIC),
            entry("GET /api/v1/auth/jwks", Access.PUBLIC),
            entry("POST /api/v1/auth/magic-link", Access.PUBLIC),
            entry("POST /api/v1/auth/magic-link/verify", Access.PUBLIC),
            entry("POST /api/v1/auth/refresh", Access.PUBLIC),
            entry("POST /api/v1/auth/staff/login", Access.PUBLIC),
            entry("POST /api/v1/auth/staff/password", Access.PUBLIC),
            entry("POST /api/v1/auth/staff/password-reset", Access.PUBLIC),
            entry("POST /api/v1/auth/logout", Access.SIGNED_IN),
            entry("GET /api/v1/auth/sessions", Access.SIGNED_IN),
            entry("DELETE /api/v1/auth/sessions/{id}", Access.SIGNED_IN),
            entry("POST /api/v1/auth/staff/totp", Access.STAFF),
            entry("POST /api/v1/auth/staff/totp/confirm", Access.STAFF),
            entry("POST /api/v1/claims", Access.OWN_CUSTOMER),
            entry("GET /api/v1/claims", Access.OWN_CUSTOMER),
            entry("GET /api/v1/claims/{id}", Access.OWN_CUSTOMER),
            entry("PATCH /api/v1/claims/{id}", Access.OWN_CUSTOMER),
            entry("GET /api/v1/claims/{id}/history", Access.OWN_CUSTOMER),
            entry("GET /api/v1/claims/{id}/messages", Access.OWN_CUSTOMER),
            entry("POST /api/v1/claims/{id}/messages", Access.OWN_CUSTOMER),
            entry("POST /api/v1/claims/{id}/resubmit", Access.OWN_CUSTOMER),
            entry("POST /api/v1/claims/{id}/withdraw", Access.OWN_CUSTOMER),
            entry("GET /api/v1/claims/{id}/documents", Access.OWNER_OR_STAFF),
            entry("POST /api/v1/claims/{id}/documents", Access.OWNER_OR_STAFF),
            entry("GET /api/v1/documents/{id}", Access.OWNER_OR_STAFF),
            entry("GET /api/v1/documents/{id}/content", Access.OWNER_OR_STAFF),
            entry("DELETE /api/v1/documents/{id}", Access.OWNER_OR_STAFF),
            entry("GET /api/v1/admin/claims", Access.STAFF),
            entry("GET /api/v1/admin/claims/{id}", Access.STAFF),
            entry("GET /api/v1/admin/claims/{id}/customer-data-export", Access.ADMIN),
            entry("POST /api/v1/admin/claims/{id}/assign", Access.STAFF),
            entry("POST /api/v1/admin/claims/{id}/transitions", Access.STAFF),
            entry("PUT /api/v1/admin/claims/{id}/compensation", Access.STAFF),
            entry("POST /api/v1/admin/claims/{id}/notes", Access.STAFF),
            entry("POST /api/v1/admin/claims/{id}/messages", Access.STAFF),
            entry("POST /api/v1/admin/claims/{id}/document-requests", Access.STAFF),
            entry("GET /api/v1/admin/stats", Access.STAFF),
            entry("POST /api/v1/admin/documents/{id}/review", Access.STAFF),
            entry("POST /api/v1/admin/documents/{id}/restore", Access.STAFF),
            entry("GET /api/v1/admin/documents/{id}/access-log", Access.STAFF),
            entry("GET /api/v1/admin/documents/{id}/share-links", Access.STAFF),
            entry("POST /api/v1/admin/documents/{id}/share-links", Access.STAFF),
            entry("DELETE /api/v1/admin/documents/{id}/share-links/{linkId}", Access.STAFF),
            entry("GET /api/v1/admin/documents/{id}/quarantine", Access.ADMIN),
            entry("GET /api/v1/admin/documents/storage-findings", Access.ADMIN),
            entry("GET /api/v1/admin/validation-rules", Access.ADMIN),
            entry("PUT /api/v1/admin/validation-rules/{type}", Access.ADMIN),
            entry("GET /api/v1/admin/emails", Access.ADMIN),
            entry("GET /api/v1/admin/emails/{id}", Access.ADMIN),
            entry("POST /api/v1/admin/emails/{id}/resend", Access.ADMIN),
            entry("POST /api/v1/admin/emails/test", Access.ADMIN),
            entry("GET /api/v1/admin/batch/executions", Access.ADMIN),
            entry("GET /api/v1/admin/batch/executions/{id}", Access.ADMIN),
            entry("POST /api/v1/admin/batch/executions/{id}/restart", Access.ADMIN),
            entry("POST /api/v1/admin/batch/jobs/{job}/start", Access.ADMIN),
            entry("GET /api/v1/admin/staff", Access.SUPERADMIN),
            entry("POST /api/v1/admin/staff", Access.SUPERADMIN),
            entry("GET /api/v1/admin/staff/{id}", Access.SUPERADMIN),
            entry("PUT /api/v1/admin/staff/{id}/roles", Access.SUPERADMIN),
            entry("POST /api/v1/admin/staff/{id}/disable", Access.SUPERADMIN),
            entry("POST /api/v1/admin/staff/{id}/enable", Access.SUPERADMIN),
            entry("DELETE /api/v1/admin/staff/{id}/totp", Access.SUPERADMIN),
            entry("GET /api/v1/admin/audit", Access.SUPERADMIN),
            entry("GET /api/v1/admin/erasure-requests", Access.ADMIN),
            entry("GET /api/v1/admin/erasure-requests/{id}", Access.ADMIN),
            entry("POST /api/v1/admin/erasure-requests/{id}/decision", Access.ADMIN));

    private ApiAccess() {
    }
}
