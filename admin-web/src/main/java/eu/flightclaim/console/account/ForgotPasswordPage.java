package eu.flightclaim.console.account;

import eu.flightclaim.claims.application.system.RequestIds;
import eu.flightclaim.claims.application.identity.StaffManagement;
import eu.flightclaim.console.Feedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Asks for a password-reset link; the answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @EJB
    private StaffManagement staff;

    private String email;
    private boolean sent;

    public void send() {
        staff.requestPasswordReset(email, RequestIds.current());
        sent = true;
        Feedback.info("If this address belongs to a staff account, a link to choose a new password is on its way."
                + " It works once, for 30 minutes.");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
