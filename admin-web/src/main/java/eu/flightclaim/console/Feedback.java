package eu.flightclaim.console;

import eu.flightclaim.claims.application.system.RequestIds;
import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.files.application.DocumentConflictException;
import eu.flightclaim.files.application.DocumentNotFoundException;
import eu.flightclaim.files.application.InvalidDocumentInputException;
import eu.flightclaim.files.application.StorageUnavailableException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.component.outputlabel.OutputLabel;

/** Feedback for the person at the console: every action ends with one of these. */
public final class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    private Feedback() {
    }

    public static void info(String summary) {
        add(FacesMessage.SEVERITY_INFO, summary);
    }

    /** A refusal of the action as a whole: stays at the top of the page until the next action. */
    public static void error(String summary) {
        add(FacesMessage.SEVERITY_ERROR, summary);
    }

    /**
     * A refusal that stays at its field until it is fixed: the message next to the field (its
     * p:message), the field marked invalid (PrimeFaces writes aria-invalid and the error style), and
     * the request marked failed so that dialogs stay open. Not a toast: those are for success.
     */
    public static void atField(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String label = null;
        if (find(faces, clientId) instanceof UIInput input) {
            input.setValid(false);
            label = labelOf(input);
        }
        // the summary at the top names the field; the message beside it needs no name
        String summary = label == null || message.startsWith(label) ? message : label + ": " + message;
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, message));
        faces.validationFailed();
    }

    /** The component, or null for one inside a table's row (its message still shows; the script marks it). */
    private static UIComponent find(FacesContext faces, String clientId) {
        try {
            return faces.getViewRoot().findComponent(":" + clientId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The text of the p:outputLabel beside a field (our forms keep them side by side), or null. */
    private static String labelOf(UIComponent input) {
        return input.getParent() == null ? null : input.getParent().getChildren().stream()
                .filter(c -> c instanceof OutputLabel l && input.getId().equals(l.getFor()))
                .map(c -> String.valueOf(((OutputLabel) c).getValue())).findFirst().orElse(null);
    }

    /**
     * Like {@link #attempt(String, Supplier)}, but a refused input whose field the page shows is said at
     * that field ({@link #atField}); the rest at the top.
     *
     * @param fields the service's field names ({@code countryCode}) and the page's client ids of their inputs
     */
    public static boolean attempt(String action, Supplier<String> work, Map<String, String> fields) {
        try {
            info(work.get());
            return true;
        } catch (RuntimeException e) {
            failure(action, e, fields);
            return false;
        }
    }

    /** {@link #failure(String, Throwable)}, each refused field that the page shows said at its field. */
    public static void failure(String action, Throwable e, Map<String, String> fields) {
        Throwable t = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof InvalidDocumentInputException d && fields.containsKey(d.field())) {
            atField(fields.get(d.field()), d.getMessage());
        } else if (t instanceof InvalidInputException invalid && invalid.getErrors().stream()
                .anyMatch(f -> fields.containsKey(f.field()))) {
            for (InvalidInputException.FieldError f : invalid.getErrors()) {
                if (fields.containsKey(f.field())) {
                    atField(fields.get(f.field()), f.message());
                } else {
                    error(action + ": " + (f.field() == null ? "" : f.field() + " ") + f.message());
                }
            }
        } else {
            failure(action, e);
        }
    }

    /**
     * Runs a console action: what it says it did as info when it succeeds, {@link #failure} when it throws.
     *
     * @param action what is being done, for a failure ("Resending email 7")
     * @param work does it, and says what was done
     * @return whether it succeeded
     */
    public static boolean attempt(String action, Supplier<String> work) {
        return attempt(action, work, Map.of());
    }

    /** Says what went wrong: the domain's own words for expected failures, an incident id otherwise. */
    public static void failure(String action, Throwable e) {
        Throwable t = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof InvalidInputException i && i.getErrors().size() == 1 && i.getField() != null
                && !i.getMessage().contains(i.getField())) {
            error(action + ": " + i.getField() + " " + i.getMessage());
        } else if (t instanceof InvalidInputException || t instanceof NotFoundException || t instanceof StateConflictException
                || t instanceof InvalidDocumentInputException || t instanceof DocumentConflictException
                || t instanceof DocumentNotFoundException || t instanceof StorageUnavailableException) {
            error(action + ": " + t.getMessage());
        } else {
            String incident = RequestIds.currentOrNew(); // the request's id, as in its log line
            LOG.log(Level.SEVERE, "Console incident " + incident + " in " + action, e);
            error(action + " failed. Incident " + incident + " is in the server log.");
        }
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
