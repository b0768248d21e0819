package eu.flightclaim.claims.infrastructure.batch;

import eu.flightclaim.claims.application.reference.ReferenceData;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** After an import, the engine's in-memory reference data is reloaded from the tables, on every instance. */
@Named("referenceImportListener")
@Dependent
public class ReferenceImportListener extends AbstractJobListener {

    @Inject
    private ReferenceData referenceData;

    @Override
    public void afterJob() {
        referenceData.changed();
    }
}
