package eu.flightclaim.console.account;

import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.identity.SessionService;
import eu.flightclaim.claims.application.identity.StaffAccountService;
import eu.flightclaim.console.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Two-factor sign-in set-up: scan the QR code (or type the secret), confirm a code, keep the recovery codes. */
@Named
@ViewScoped
public class TotpEnrolmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffAccountService staff;
    @EJB
    private SessionService sessions;

    private long staffId;
    private boolean alreadyOn;
    // the second factor's secret (also in the QR code) and the recovery codes in clear: shown in the
    // response that makes them, never copied into the data grid; confirming reads the pending secret
    // from the database
    private transient String secret;
    private transient String qrSvg;
    private String code;
    private transient List<String> recoveryCodes;

    @PostConstruct
    void start() {
        staffId = staff.idOf(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
        alreadyOn = staff.totpEnabled(staffId);
        if (!alreadyOn) {
            StaffAccountService.TotpEnrolment e = staff.startTotpEnrolment(staffId);
            secret = e.secret();
            qrSvg = QrSvg.render(e.uri(), 220);
        }
    }

    public void confirm() {
        try {
            recoveryCodes = staff.confirmTotp(staffId, code);
            sessions.revokeAll("staff:" + staffId, "second factor set up");
            Feedback.info("Two-factor sign-in is on. Keep the recovery codes, then sign in again.");
        } catch (EJBException e) {
            if (e.getCause() instanceof InvalidInputException i) {
                FacesContext.getCurrentInstance().addMessage("form:code",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, i.getMessage(), null));
            } else {
                Feedback.failure("Setting up two-factor sign-in", e);
            }
        }
    }

    public boolean isAlreadyOn() {
        return alreadyOn;
    }

    public String getSecret() {
        return secret;
    }

    public String getQrSvg() {
        return qrSvg;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }
}
