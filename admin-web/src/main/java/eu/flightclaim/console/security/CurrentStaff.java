package eu.flightclaim.console.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;

/** Who is signed in and what they may see, for the layout; and sign-out. */
@Named
@RequestScoped
public class CurrentStaff {

    @Inject
    private ExternalContext external;

    /** Kept once the page is drawn (the actions have spoken by then): the summary asks three times. */
    private List<String> problems;

    /** The refusals of this request (warnings and errors, each once), for the summary at the top of every page. */
    public List<String> getProblems() {
        if (problems != null) {
            return problems;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> now = faces.getMessageList().stream()
                .filter(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0)
                .map(FacesMessage::getSummary).distinct().toList();
        if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            problems = now;
        }
        return now;
    }

    public String getName() {
        return external.getRemoteUser();
    }

    /** Any staff role (not an account that must set up two-factor sign-in first). */
    public boolean isStaff() {
        return isReviewer() || isAdmin();
    }

    public boolean isReviewer() {
        return external.isUserInRole("reviewer");
    }

    public boolean isAdmin() {
        return external.isUserInRole("admin") || isSuperadmin();
    }

    public boolean isSuperadmin() {
        return external.isUserInRole("superadmin");
    }

    /** The landing page: two-factor set-up when it is due, else the dashboard. */
    /**
     * "page" for the menu's link to the page shown (a claim's page belongs to Claims), else "false":
     * the value of its aria-current, which the style also marks.
     */
    public String current(String outcome) {
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        boolean here = view.equals(outcome + ".xhtml") || (outcome.equals("/claims") && view.equals("/claim.xhtml"));
        return here ? "page" : "false";
    }

    public String home() {
        if (mustEnrolTotp()) {
            return "/account/totp?faces-redirect=true";
        }
        return "/dashboard?faces-redirect=true";
    }

    /** An admin who must set up two-factor sign-in before anything else. */
    public boolean mustEnrolTotp() {
        return external.isUserInRole("totp-enrolment");
    }

    /** When the idle warning shows: the session's own timeout. */
    public long getSessionTimeoutMillis() {
        HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
        return (session == null ? 1800 : session.getMaxInactiveInterval()) * 1000L;
    }

    public String logout() throws ServletException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        return "/login.xhtml?faces-redirect=true&signedOut=true";
    }
}
