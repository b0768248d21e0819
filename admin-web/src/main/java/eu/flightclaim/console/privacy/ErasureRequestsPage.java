package eu.flightclaim.console.privacy;

import eu.flightclaim.claims.application.privacy.DataErasure;
import eu.flightclaim.console.Feedback;
import eu.flightclaim.console.LazyRows;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;
import org.primefaces.model.LazyDataModel;

/**
 * Customers' requests to erase their data (admin): waiting ones first. Carrying one out withdraws the
 * customer's undecided claims, restricts the rest to legal claims until their retention ends, and
 * erases everything else at once; refusing needs a reason the customer reads.
 */
@Named
@ViewScoped
public class ErasureRequestsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DataErasure erasure;

    private final LazyRows<DataErasure.StaffView> rows = LazyRows.paged((page, size) -> erasure.list(page, size),
            v -> v.request().id().toString());
    private UUID deciding;
    private String decidingEmail;
    private String note;

    public LazyDataModel<DataErasure.StaffView> getRows() {
        return rows;
    }

    public long getWaiting() {
        return erasure.waiting();
    }

    public void start(DataErasure.StaffView request) {
        deciding = request.request().id();
        decidingEmail = request.email();
        note = null;
    }

    public void carryOut() {
        decide(true);
    }

    public void refuse() {
        decide(false);
    }

    private void decide(boolean carryOut) {
        UUID id = deciding;
        String actor = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        String text = note;
        Feedback.attempt(carryOut ? "Carrying out the erasure" : "Refusing the erasure", () -> {
            if (carryOut) {
                var r = erasure.carryOut(id, actor, text);
                return r.restrictedUntil() == null ? "Erased: nothing had to be kept."
                        : "Erased. What legal claims need is kept, restricted, until " + r.restrictedUntil() + ".";
            }
            erasure.refuse(id, actor, text);
            return "Refused. The customer sees your reason.";
        }, Map.of("note", "decideForm:note"));
    }

    public String getDecidingEmail() {
        return decidingEmail;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
