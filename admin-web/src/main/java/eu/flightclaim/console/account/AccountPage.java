package eu.flightclaim.console.account;

import eu.flightclaim.claims.application.identity.SessionService;
import eu.flightclaim.claims.application.identity.StaffAccountService;
import eu.flightclaim.claims.application.identity.StaffManagement;
import eu.flightclaim.console.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** My account: change the password, see and end API sessions, two-factor sign-in status. */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffManagement staff;
    @EJB
    private StaffAccountService accounts;
    @EJB
    private SessionService sessions;

    private long staffId;
    // typed passwords: never copied into the data grid, and cleared whatever the outcome
    private transient String current;
    private transient String password;
    private transient String repeat;

    @PostConstruct
    void signedIn() {
        staffId = accounts.idOf(email());
    }

    private static String email() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private String subject() {
        return "staff:" + staffId;
    }

    public void changePassword() {
        try {
            if (password == null || !password.equals(repeat)) {
                Feedback.atField("password:repeat", "The two new passwords are not the same.");
                return;
            }
            Feedback.attempt("Changing the password", () -> {
                staff.changePassword(email(), current, password);
                return "Your password is changed; your API sessions were ended.";
            }, Map.of("password", "password:new", "current", "password:current"));
        } finally {
            current = null;
            password = null;
            repeat = null;
        }
    }

    public List<SessionService.SessionView> getSessions() {
        return sessions.activeSessions(subject());
    }

    public void endSession(UUID id) {
        Feedback.attempt("Ending the session", () -> {
            sessions.revokeOwn(subject(), id);
            return "Session ended.";
        });
    }

    public boolean isTotpEnabled() {
        return accounts.totpEnabled(staffId);
    }

    public String getCurrent() { return current; }
    public void setCurrent(String v) { current = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String v) { repeat = v; }
}
