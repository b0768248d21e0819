package eu.flightclaim.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Who is signed in, for the layout; and sign-out. */
@Named
@RequestScoped
public class CurrentStaff {

    @Inject
    private ExternalContext external;

    public String getName() {
        return external.getRemoteUser();
    }

    public boolean isAdmin() {
        return external.isUserInRole("admin") || external.isUserInRole("superadmin");
    }

    /** The landing page: two-factor set-up when it is due, else System for admins, Airports for reviewers. */
    public String home() {
        if (mustEnrolTotp()) {
            return "/account/totp?faces-redirect=true";
        }
        return (isAdmin() ? "/system" : "/airports") + "?faces-redirect=true";
    }

    /** An admin who must set up two-factor sign-in before anything else. */
    public boolean mustEnrolTotp() {
        return external.isUserInRole("totp-enrolment");
    }

    public String logout() throws ServletException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true&signedOut=true";
    }
}
