package eu.flightclaim.files.infrastructure.batch;

import eu.flightclaim.files.application.KeyRotation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The document-key-rotation job: rewraps every data key with the active key-encryption key. */
@Named
@Dependent
public class KeyRotationBatchlet extends AbstractBatchlet {

    @EJB
    private KeyRotation rotation;

    @Override
    public String process() {
        KeyRotation.Result r = rotation.rewrapAll();
        if (r.failed() > 0) {
            throw new IllegalStateException(r.failed() + " data keys could not be rewrapped (" + r.rewrapped()
                    + " were); see the server log");
        }
        return "REWRAPPED " + r.rewrapped();
    }
}
