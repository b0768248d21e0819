package eu.flightclaim.console.account;

import eu.flightclaim.claims.application.identity.AuthenticationFailedException;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.identity.StaffManagement;
import eu.flightclaim.console.Feedback;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Where invitation and password-reset links land: choose a password with the link's token. */
@Named
@RequestScoped
public class SetPasswordPage {

    @EJB
    private StaffManagement staff;

    private String token;
    private String password;
    private String repeat;
    private boolean done;

    public void save() {
        if (password == null || !password.equals(repeat)) {
            FacesContext.getCurrentInstance().addMessage("form:repeat",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, "The two passwords differ.", null));
            return;
        }
        try {
            staff.setPassword(token, password);
            done = true;
            Feedback.info("Your password is set. You can sign in now.");
        } catch (EJBException e) {
            fail(e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void fail(Throwable e) {
        if (e instanceof InvalidInputException || e instanceof AuthenticationFailedException) {
            FacesContext.getCurrentInstance().addMessage(e instanceof InvalidInputException ? "form:password" : null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } else {
            Feedback.failure("Setting the password", e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }

    public boolean isDone() {
        return done;
    }
}
