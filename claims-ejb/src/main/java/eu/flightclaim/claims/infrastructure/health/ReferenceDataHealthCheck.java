package eu.flightclaim.claims.infrastructure.health;

import eu.flightclaim.claims.application.reference.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the engine has airports, airlines, countries and limitation periods to work with. */
@Readiness
@ApplicationScoped
public class ReferenceDataHealthCheck implements HealthCheck {

    @Inject
    private ReferenceData referenceData;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("reference-data");
        try {
            ReferenceData.Snapshot s = referenceData.snapshot();
            return response.status(s.isComplete()).withData("airports", s.airports().size())
                    .withData("airlines", s.carriers().size()).withData("countries", s.countries().size())
                    .withData("limitationPeriods", s.limitationPeriods().size()).build();
        } catch (Exception e) {
            return response.down().withData("error", HealthErrors.describe(e)).build();
        }
    }
}
