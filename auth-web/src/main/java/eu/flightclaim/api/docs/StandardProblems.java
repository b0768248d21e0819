package eu.flightclaim.api.docs;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The problem responses that follow from what an operation is, written down once here instead of as
 * an {@code @APIResponse} on every resource method. {@link OpenApiCleanup} adds them to each
 * operation that does not document the status itself, so a resource method documents only what is
 * particular to it (a 409 that says what conflicts, a 400 that names its rule, a 401 of a sign-in),
 * and says only its status and description: the filter gives every error response the Problem content.
 * <ul>
 * <li>400 when the operation takes input a client composes: a request body or a query parameter
 * (JsonBodyCheck, ParameterCheck, Paging, the services' own checks);</li>
 * <li>401 when it requires a bearer token (a security requirement);</li>
 * <li>403 when, besides, some signed-in callers lack the roles it allows (RolesAllowedFeature);</li>
 * <li>404 when its path has a parameter: an unknown id, someone else's, or one that is not an id.</li>
 * </ul>
 */
final class StandardProblems {

    /**
     * What the rule looks at. {@code rolesAllowed}: the roles that may call it, empty for none, null
     * when no role is checked (anyone with a valid token, or anyone at all).
     */
    record Operation(boolean takesInput, boolean secured, List<String> rolesAllowed, boolean hasPathParameter) {
    }

    static final String INVALID_INPUT = "Invalid input: the problem's errors name each field at fault";
    static final String NO_VALID_TOKEN = "No valid token";
    static final String NOT_ALLOWED = "Not allowed for this caller";
    static final String NOT_FOUND = "Not found";

    private StandardProblems() {
    }

    /**
     * Whether a response of this status, documented without content of its own, is a problem+json
     * {@code Problem}: every error of the API is one (ProblemMapper, ProblemErrorServlet), so an
     * {@code @APIResponse} for an error needs only its status and description.
     */
    static boolean isProblem(String status) {
        return status.matches("[45]\\d\\d");
    }

    /**
     * The standard problem responses of an operation, status to description.
     *
     * @param everyRole every role a token can carry (the application's {@code @DeclareRoles})
     */
    static SortedMap<String, String> of(Operation op, List<String> everyRole) {
        SortedMap<String, String> problems = new TreeMap<>();
        if (op.takesInput()) {
            problems.put("400", INVALID_INPUT);
        }
        if (op.secured()) {
            problems.put("401", NO_VALID_TOKEN);
            List<String> roles = op.rolesAllowed();
            if (roles != null && !roles.containsAll(everyRole)) {
                List<String> named = everyRole.stream().filter(roles::contains).toList();
                problems.put("403", named.isEmpty() ? NOT_ALLOWED : NOT_ALLOWED + ": only for " + String.join(", ", named));
            }
        }
        if (op.hasPathParameter()) {
            problems.put("404", NOT_FOUND);
        }
        return problems;
    }
}
