package eu.flightclaim.claims.infrastructure.health;

import eu.flightclaim.claims.application.reference.ReferenceData;
import eu.flightclaim.claims.infrastructure.persistence.SchemaMigration;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started once the schema is migrated and the first reference data is loaded (on an empty database
 * the import runs just after deployment): an orchestrator waits for this before it starts probing
 * liveness, so a slow first start is not killed.
 */
@Startup
@ApplicationScoped
public class StartedCheck implements HealthCheck {

    @EJB
    private SchemaMigration migration;
    @Inject
    private ReferenceData referenceData;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("started");
        try {
            String schema = migration.schemaVersion();
            boolean referenceLoaded = referenceData.snapshot().isComplete();
            return response.status(schema != null && referenceLoaded)
                    .withData("schemaVersion", schema == null ? "not migrated" : schema)
                    .withData("referenceData", referenceLoaded ? "loaded" : "loading").build();
        } catch (Exception e) {
            return response.down().withData("error", HealthErrors.describe(e)).build();
        }
    }
}
