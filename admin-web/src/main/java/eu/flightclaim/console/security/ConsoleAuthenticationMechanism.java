package eu.flightclaim.console.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.Serializable;
import java.util.Set;

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

    /** Who signed in, kept in the HTTP session. */
    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    static final String SIGNED_IN = SignedIn.class.getName();
    private static final String BACK_TO = ConsoleAuthenticationMechanism.class.getName() + ".backTo";
    private static final String LOGIN_PAGE = "/login.xhtml";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/j_security_check")) {
            String email = request.getParameter("j_username");
            String password = request.getParameter("j_password");
            if (email != null && password != null) {
                return signIn(request, context, staffStore.validate(new StaffCredential(email, password,
                        request.getParameter("j_totp"))));
            }
        }
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(signedIn.name()), signedIn.groups());
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                request.getSession().setAttribute(BACK_TO, request.getRequestURL()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    /** Signed in: back to the page asked for, or on to {@code SignedInServlet}; refused: the login page says so. */
    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?error=true");
        }
        HttpSession session = request.getSession();
        Object back = session.getAttribute(BACK_TO);
        session.removeAttribute(BACK_TO);
        request.changeSessionId(); // the signed-in session is not the one an attacker may have planted
        session.setAttribute(SIGNED_IN, new SignedIn(result.getCallerPrincipal().getName(),
                Set.copyOf(result.getCallerGroups())));
        return back == null ? context.notifyContainerAboutLogin(result) : context.redirect((String) back);
    }
}
