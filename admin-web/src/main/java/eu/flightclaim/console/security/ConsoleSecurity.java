package eu.flightclaim.console.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** Form login for the console: the login page posts to j_security_check, checked by {@link StaffIdentityStore}. */
@ApplicationScoped
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/login.xhtml", errorPage = "/login.xhtml?error=true", useForwardToLogin = false))
@DeclareRoles({"reviewer", "admin", "superadmin"})
public class ConsoleSecurity {
}
