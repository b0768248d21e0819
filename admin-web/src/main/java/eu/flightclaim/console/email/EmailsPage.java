package eu.flightclaim.console.email;

import eu.flightclaim.console.LazyRows;
import eu.flightclaim.claims.application.notification.EmailOutbox;
import eu.flightclaim.claims.application.Page;
import eu.flightclaim.claims.domain.model.notification.EmailStatus;
import eu.flightclaim.console.Feedback;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The Emails page: the outbox with a status filter, one email's bodies, resend, and a test email. */
@Named
@ViewScoped
public class EmailsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EmailOutbox outbox;

    private String status;
    private String recipient;
    private String testRecipient;
    private EmailRow selected;

    private final LazyRows<EmailRow> emails = LazyRows.paged(this::fetch, row -> Long.toString(row.id()));

    private Page<EmailRow> fetch(int page, int size) {
        EmailStatus s = status == null || status.isBlank() ? null : EmailStatus.valueOf(status);
        return outbox.list(s, recipient, page, size).map(m -> EmailRow.of(m, false));
    }

    public void view(long id) {
        selected = outbox.find(id).map(m -> EmailRow.of(m, true)).orElse(null);
        if (selected == null) {
            Feedback.error("Email " + id + " no longer exists.");
        }
    }

    public void resend(long id) {
        Feedback.attempt("Resending email " + id, () -> {
            outbox.resend(id);
            return "Email " + id + " queued again.";
        });
    }

    public void sendTest() {
        if (Feedback.attempt("Sending the test email", () -> "Test email " + outbox.sendTestEmail(testRecipient,
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()) + " queued for " + testRecipient
                + ".")) {
            testRecipient = null;
        }
    }

    public EmailStatus[] getStatuses() {
        return EmailStatus.values();
    }

    public LazyDataModel<EmailRow> getEmails() {
        return emails;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getTestRecipient() {
        return testRecipient;
    }

    public void setTestRecipient(String testRecipient) {
        this.testRecipient = testRecipient;
    }

    public EmailRow getSelected() {
        return selected;
    }
}
