package eu.flightclaim.claims.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.flightclaim.claims.application.claim.ClaimReviewService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The staff services check the caller's role themselves, behind the web layer: every business method
 * names who may call it, and only the password-link steps (signed-out pages) are open to anyone.
 */
class StaffServiceRolesTest {

    private static final Set<String> OPEN = Set.of("StaffManagement.requestPasswordReset",
            "StaffManagement.setPassword");

    @Test
    void everyStaffServiceMethodNamesTheRolesThatMayCallIt() {
        List<String> unguarded = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Class<?> service : List.of(ClaimReviewService.class, StaffManagement.class)) {
            for (Method m : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                String name = service.getSimpleName() + "." + m.getName();
                if (m.isAnnotationPresent(PermitAll.class)) {
                    open.add(name);
                } else if (!m.isAnnotationPresent(RolesAllowed.class) && !service.isAnnotationPresent(RolesAllowed.class)) {
                    unguarded.add(name);
                }
            }
        }
        assertEquals(List.of(), unguarded);
        assertEquals(OPEN, Set.copyOf(open));
    }

    @Test
    void claimsAreReviewedByStaffOnlyAndStaffAreManagedBySuperadmins() {
        assertEquals(Set.of(Roles.REVIEWER, Roles.ADMIN, Roles.SUPERADMIN),
                Set.of(ClaimReviewService.class.getAnnotation(RolesAllowed.class).value()));
        assertEquals(Set.of(Roles.SUPERADMIN), Set.of(StaffManagement.class.getAnnotation(RolesAllowed.class).value()));
    }
}
