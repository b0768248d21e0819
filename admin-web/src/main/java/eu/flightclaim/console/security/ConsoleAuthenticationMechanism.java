package eu.flightclaim.console.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login for the console: the login page posts j_username, j_password and (for accounts with
 * two-factor sign-in) j_totp to j_security_check, checked by {@link StaffIdentityStore}; the
 * session then carries the login.
 *
 * <p>Why not {@code @FormAuthenticationMechanismDefinition}: in an EAR, the mechanism that
 * annotation defines and the one MicroProfile JWT defines for the API are both visible in every
 * module, so neither WAR can resolve "the" mechanism. This bean lives in this WAR only (sibling
 * WARs cannot see it) and, as an alternative with a priority, wins over the JWT mechanism here.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?error=true", useForwardToLogin = false)
@DeclareRoles({"reviewer", "admin", "superadmin", "totp-enrolment"})
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    /*
     * The store itself, not the IdentityStoreHandler: in an EAR the handler is one application-scoped
     * bean that collects the stores visible from the module that first uses it. When an API call
     * (auth-web) comes first after a deployment, it sees no store of this WAR and every console
     * sign-in is refused as NOT_VALIDATED (found by ConsoleBrowserIT).
     */
    @Inject
    private StaffIdentityStore staffStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/j_security_check")) {
            String email = request.getParameter("j_username");
            String password = request.getParameter("j_password");
            if (email != null && password != null) {
                return context.notifyContainerAboutLogin(
                        staffStore.validate(new StaffCredential(email, password, request.getParameter("j_totp"))));
            }
        }
        return context.doNothing();
    }
}
