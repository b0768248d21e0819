package eu.flightclaim.files.infrastructure.batch;

import eu.flightclaim.files.application.DocumentScanning;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.Duration;

/** The document-rescan job: documents left in SCANNING (clamd was down, a message was lost) are scanned now. */
@Named
@Dependent
public class DocumentRescanBatchlet extends AbstractBatchlet {

    @EJB
    private DocumentScanning scanning;

    @Override
    public String process() {
        return "SCANNED " + scanning.rescan(Duration.ofMinutes(1));
    }
}
