package eu.flightclaim.api.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardProblemsTest {

    private static final List<String> ROLES = List.of("customer", "reviewer", "admin", "superadmin", "totp-enrolment");

    private static Map<String, String> of(boolean input, boolean secured, List<String> roles, boolean pathParameter) {
        return StandardProblems.of(new StandardProblems.Operation(input, secured, roles, pathParameter), ROLES);
    }

    @Test
    void aPublicOperationWithoutInputOrPathParameterHasNone() {
        assertEquals(Map.of(), of(false, false, null, false));
    }

    @Test
    void inputMeans400() {
        assertEquals(Map.of("400", StandardProblems.INVALID_INPUT), of(true, false, null, false));
    }

    @Test
    void aPathParameterMeans404() {
        assertEquals(Map.of("404", StandardProblems.NOT_FOUND), of(false, false, null, true));
    }

    @Test
    void aBearerTokenMeans401AndRolesThatLeaveSomeoneOutMean403NamingThem() {
        assertEquals(Map.of("401", StandardProblems.NO_VALID_TOKEN,
                "403", "Not allowed for this caller: only for reviewer, admin, superadmin"),
                of(false, true, List.of("superadmin", "admin", "reviewer"), false));
        assertEquals(Map.of("401", StandardProblems.NO_VALID_TOKEN,
                "403", "Not allowed for this caller: only for customer, reviewer, admin, superadmin"),
                of(false, true, List.of("customer", "reviewer", "admin", "superadmin"), false),
                "a token that may only set up two-factor sign-in is left out");
    }

    @Test
    void anySignedInCallerOrEveryRoleMeansNo403() {
        assertEquals(Map.of("401", StandardProblems.NO_VALID_TOKEN), of(false, true, null, false));
        assertEquals(Map.of("401", StandardProblems.NO_VALID_TOKEN), of(false, true, ROLES, false));
    }

    @Test
    void deniedToEveryoneOrOnlyToRolesNoTokenCarriesIsA403NamingNoRole() {
        assertEquals(StandardProblems.NOT_ALLOWED, of(false, true, List.of(), false).get("403"));
        assertEquals(StandardProblems.NOT_ALLOWED, of(false, true, List.of("auditor"), false).get("403"));
    }

    @Test
    void allTogetherInStatusOrder() {
        assertEquals(List.of("400", "401", "403", "404"),
                List.copyOf(of(true, true, List.of("customer"), true).keySet()));
    }

    @Test
    void everyErrorStatusIsAProblemAndNothingElseIs() {
        for (String status : List.of("400", "404", "409", "416", "422", "429", "500", "503")) {
            assertTrue(StandardProblems.isProblem(status), status);
        }
        for (String status : List.of("200", "201", "204", "206", "302", "default", "4XX", "4000")) {
            assertFalse(StandardProblems.isProblem(status), status);
        }
    }
}
