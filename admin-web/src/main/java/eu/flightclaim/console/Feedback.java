package eu.flightclaim.console;

import eu.flightclaim.claims.application.InvalidInputException;
import eu.flightclaim.claims.application.NotFoundException;
import eu.flightclaim.claims.application.StateConflictException;
import eu.flightclaim.files.application.DocumentConflictException;
import eu.flightclaim.files.application.DocumentNotFoundException;
import eu.flightclaim.files.application.InvalidDocumentInputException;
import eu.flightclaim.files.application.StorageUnavailableException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Feedback for the person at the console: every action ends with one of these. */
public final class Feedback {

    private static final Logger LOG = Logger.getLogger(Feedback.class.getName());

    private Feedback() {
    }

    public static void info(String summary) {
        add(FacesMessage.SEVERITY_INFO, summary);
    }

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
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        if (faces.getViewRoot().findComponent(":" + clientId) instanceof UIInput input) {
            input.setValid(false);
        }
        faces.validationFailed();
    }

    /**
     * Runs a console action: what it says it did as info when it succeeds, {@link #failure} when it throws.
     *
     * @param action what is being done, for a failure ("Resending email 7")
     * @param work does it, and says what was done
     * @return whether it succeeded
     */
    public static boolean attempt(String action, Supplier<String> work) {
        try {
            info(work.get());
            return true;
        } catch (RuntimeException e) {
            failure(action, e);
            return false;
        }
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
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Console incident " + incident + " in " + action, e);
            error(action + " failed. Incident " + incident + " is in the server log.");
        }
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }
}
